package com.sentimenttriage.coaching;

/**
 * One agent's figures over a window.
 *
 * @param agent {@code <helpdesk>:<agent id or name>}
 * @param replies the agent's replies in the window, measured or not
 * @param measured replies with a customer message before and a next one after (the only ones that say anything)
 * @param worsened measured replies after which the customer's next message was worse by more than the threshold
 * @param improved measured replies after which it was better by more than the threshold
 * @param averageChange the mean change in polarity (next − before) over the measured replies; null without any
 * @param worsenedShare worsened ÷ measured; null without any
 * @param interval the 95 % Wilson interval of that share; null without any
 */
public record AgentFigures(String agent, String agentName, int replies, int measured, int worsened, int improved,
    Double averageChange, Double worsenedShare, WilsonInterval interval) {
}
