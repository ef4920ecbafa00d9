package com.sentimenttriage.scoring.engine;

import java.util.List;

/**
 * A taxonomy topic found in a ticket.
 *
 * @param topic the stable key, e.g. {@code data-integrity}
 * @param displayName what people read, e.g. {@code Data integrity}
 * @param risk the topic's business risk
 * @param phrases the trigger phrases (as written in the taxonomy) that matched
 */
public record TopicMatch(String topic, String displayName, RiskLevel risk, List<String> phrases) {
  public TopicMatch {
    phrases = List.copyOf(phrases);
  }

  /** Whether this is the topic that makes a ticket a churn risk. */
  public boolean churnThreat() {
    return Taxonomy.CHURN_THREAT.equals(topic);
  }
}
