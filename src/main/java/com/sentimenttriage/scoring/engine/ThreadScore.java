package com.sentimenttriage.scoring.engine;

import java.util.List;

/**
 * The mood of a whole conversation.
 *
 * @param latest the score of the latest customer message (a neutral empty score when there is none)
 * @param aggregatePolarity a recency-weighted mean of the customer messages' polarities, in [-1, 1]
 * @param trend where the customer's mood is heading
 * @param customerMessages the scores of the customer messages, oldest first
 */
public record ThreadScore(
    TicketScore latest, double aggregatePolarity, Trend trend, List<TicketScore> customerMessages) {
  public ThreadScore {
    customerMessages = List.copyOf(customerMessages);
  }

  public enum Trend {
    WORSENING,
    STABLE,
    IMPROVING
  }
}
