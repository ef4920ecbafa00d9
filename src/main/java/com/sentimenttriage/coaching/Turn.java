package com.sentimenttriage.coaching;

import java.time.Instant;

/**
 * One turn of a helpdesk thread as the coaching figures see it.
 *
 * @param thread the helpdesk and ticket, e.g. {@code zendesk:123}
 * @param agent the agent who wrote it, as {@code <helpdesk>:<agent id or name>}; null for a customer's turn
 * @param agentName the agent's display name; null for a customer's turn
 * @param polarity the customer message's polarity, −1 to +1; null for an agent's turn
 */
public record Turn(String thread, String agent, String agentName, Instant writtenAt, Double polarity) {

  public static Turn customer(String thread, Instant writtenAt, double polarity) {
    return new Turn(thread, null, null, writtenAt, polarity);
  }

  public static Turn agent(String thread, String agent, String agentName, Instant writtenAt) {
    return new Turn(thread, agent, agentName, writtenAt, null);
  }

  public boolean isAgent() {
    return agent != null;
  }
}
