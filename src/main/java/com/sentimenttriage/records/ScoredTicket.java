package com.sentimenttriage.records;

import java.time.Instant;

/** One scored ticket as stored for dashboards, calibration and learning. Text is not kept here, only scores. */
public record ScoredTicket(
    String businessKey,
    String processInstanceId,
    String source,
    String ticketId,
    Long accountId,
    double polarity,
    int frustration,
    String label,
    String topics,
    String escalationAction,
    String severity,
    Instant scoredAt) {
}
