package com.sentimenttriage.coaching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The coaching view's settings ({@code triage.coaching.*}).
 *
 * @param minimumSample agents with fewer measured replies than this are not shown, only counted: a share of three
 *                      replies says more about the three customers than about the agent
 * @param worseningThreshold a drop in polarity (−1 to +1) larger than this from the customer message before the
 *                           reply to the next one counts as a worsening; smaller moves are the scorer's noise
 * @param weeks the window, in weeks back from now
 */
@ConfigurationProperties("triage.coaching")
public record CoachingProperties(
    @DefaultValue("10") int minimumSample,
    @DefaultValue("0.1") double worseningThreshold,
    @DefaultValue("12") int weeks) {
}
