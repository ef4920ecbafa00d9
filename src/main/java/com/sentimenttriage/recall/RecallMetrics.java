package com.sentimenttriage.recall;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Recall estimates of the latest audits, computed from the answers given so far. */
@Service
public class RecallMetrics {

  private final RecallAudits audits;

  public RecallMetrics(RecallAudits audits) {
    this.audits = audits;
  }

  /**
   * One audit's estimate. {@code escalated}, {@code judged} and {@code confirmed} are the month's escalations,
   * {@code precision} = confirmed ÷ judged and {@code estimatedTrueEscalations} = escalated × precision. An audit
   * whose tasks are not all answered yet has {@code completed} false and counts the answers so far. {@code recall}
   * is null exactly when {@code recallUnknownReason} says why; {@code estimatedMissed} is null until the first answer.
   */
  public record AuditEstimate(long auditId, String month, Instant startedAt, boolean completed, int sampled,
      int audited, int missed, int nonEscalatedTickets, int escalated, int judged, int confirmed, Double precision,
      Double estimatedTrueEscalations, Double estimatedMissed, Double recall,
      RecallEstimate.UnknownReason recallUnknownReason) {
  }

  /** The dashboard's page: the months' escalations are read for all its audits at once, not once per audit. */
  public List<AuditEstimate> latest(int limit) {
    List<RecallAudits.AuditSummary> latest = audits.latest(limit);
    Map<YearMonth, Escalations> escalations = audits.escalations(latest.stream().map(RecallMetrics::month).toList());
    return latest.stream().map(audit -> estimate(audit, escalations.get(month(audit)))).toList();
  }

  public AuditEstimate estimate(RecallAudits.AuditSummary audit) {
    YearMonth month = month(audit);
    return estimate(audit, audits.escalations(List.of(month)).get(month));
  }

  private static AuditEstimate estimate(RecallAudits.AuditSummary audit, Escalations escalations) {
    RecallEstimate estimate = new RecallEstimate(escalations, audit.nonEscalatedTickets(), audit.audited(),
        audit.missed());
    return new AuditEstimate(audit.id(), month(audit).toString(), audit.startedAt(), audit.completedAt() != null,
        audit.sampled(), audit.audited(), audit.missed(), audit.nonEscalatedTickets(), escalations.escalated(),
        escalations.judged(), escalations.confirmed(), round(escalations.precision()),
        round(escalations.estimatedTrue()), round(estimate.estimatedMissed()), round(estimate.recall()),
        estimate.recallUnknownReason());
  }

  private static YearMonth month(RecallAudits.AuditSummary audit) {
    return YearMonth.from(audit.monthStart());
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000.0) / 1000.0;
  }
}
