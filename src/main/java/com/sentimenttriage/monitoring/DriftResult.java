package com.sentimenttriage.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One week's drift check: the week (starting Monday, UTC) against the weeks before it. The PSIs are null when there
 * were too few tickets to judge. The report is the plain text process admins are mailed: figures only, no ticket
 * content.
 */
public record DriftResult(LocalDate weekStart, Instant checkedAt, int baselineWeeks, int weekTickets,
    int baselineTickets, Double polarityPsi, Double topicPsi, DriftVerdict verdict, String report) {
}
