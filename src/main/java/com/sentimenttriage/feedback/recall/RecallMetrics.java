package com.sentimenttriage.feedback.recall;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;

/** Recall estimates of the latest audits, computed from the answers given so far. */
@Service
public class RecallMetrics {

  private final RecallAudits audits;

  public RecallMetrics(RecallAudits audits) {
    this.audits = audits;
  }

  /**
   * One audit's estimate. {@code recall} and {@code estimatedMissed} are null until the first answer; an audit whose
   * tasks are not all answered yet has {@code completed} false and counts the answers so far.
   */
  public record AuditEstimate(long auditId, String month, Instant startedAt, boolean completed, int sampled,
      int audited, int missed, int nonEscalatedTickets, int escalatedConfirmed, Double estimatedMissed,
      Double recall) {
  }

  public List<AuditEstimate> latest(int limit) {
    return audits.latest(limit).stream().map(this::estimate).toList();
  }

  public AuditEstimate estimate(RecallAudits.AuditSummary audit) {
    YearMonth month = YearMonth.from(audit.monthStart());
    RecallEstimate estimate = new RecallEstimate(audits.escalatedAndConfirmed(month), audit.nonEscalatedTickets(),
        audit.audited(), audit.missed());
    return new AuditEstimate(audit.id(), month.toString(), audit.startedAt(), audit.completedAt() != null,
        audit.sampled(), audit.audited(), audit.missed(), audit.nonEscalatedTickets(), estimate.escalatedConfirmed(),
        round(estimate.estimatedMissed()), round(estimate.recall()));
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000.0) / 1000.0;
  }
}
