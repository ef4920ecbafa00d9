package com.sentimenttriage.dashboard;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One scored ticket as the dashboard reads it: scores, decision, review and the time the CS owner was alerted. */
public record TicketRow(
    String businessKey,
    String ticketId,
    Long accountId,
    double polarity,
    String label,
    List<String> topics,
    String escalationAction,
    String queue,
    String stage,
    Instant createdAt,
    Instant scoredAt,
    String reviewDecision,
    Instant reviewedAt,
    Instant alertSentAt) {

  /** "Billing, Data integrity" as stored → its topics; none for null or blank. */
  public static List<String> topicsOf(String topics) {
    return topics == null || topics.isBlank() ? List.of()
        : Arrays.stream(topics.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  boolean negative() {
    return isNegative(label);
  }

  static boolean isNegative(String label) {
    return "Urgent".equals(label) || "Negative".equals(label);
  }

  /** The gate's alert reached someone: a reviewer or, directly, the CS owner. */
  boolean escalated() {
    return "ALERT".equals(escalationAction) && !passive();
  }

  /** The gate would have alerted, but the queue was PASSIVE: scored and recorded, nobody received it. */
  boolean passiveHit() {
    return "ALERT".equals(escalationAction) && passive();
  }

  private boolean passive() {
    return "PASSIVE".equals(stage);
  }

  boolean reviewed() {
    return reviewDecision != null && reviewedAt != null;
  }

  boolean confirmed() {
    return "confirm".equals(reviewDecision);
  }

  /** When someone acted on a negative ticket: the alert, else the completed review. */
  Instant respondedAt() {
    return alertSentAt != null ? alertSentAt : reviewedAt;
  }

  Instant startedAt() {
    return createdAt != null ? createdAt : scoredAt;
  }
}
