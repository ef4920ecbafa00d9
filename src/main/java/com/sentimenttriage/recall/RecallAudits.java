package com.sentimenttriage.recall;

import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.records.LabelledExamples.JudgedTicket;
import com.sentimenttriage.records.RecallAuditTickets;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The recall audits (tables recall_audit and recall_audit_ticket, kept by records' {@link RecallAuditTickets}), and
 * the month's figures the estimate needs. Only tickets the process scored count: backfilled history never met the
 * gate.
 */
@Service
public class RecallAudits {

  private final LabelledExamples reviewsAndAudits;
  private final ScoredTicketStore tickets;
  private final RecallAuditTickets sampled;

  public RecallAudits(LabelledExamples reviewsAndAudits, ScoredTicketStore tickets, RecallAuditTickets sampled) {
    this.reviewsAndAudits = reviewsAndAudits;
    this.tickets = tickets;
    this.sampled = sampled;
  }

  /** A sampled ticket as the auditor sees it: masked text and scores, its account if any, no requester. */
  public record AuditedTicket(String businessKey, String maskedText, double polarity, int frustration, String label,
      String topics, String escalationAction, Instant scoredAt, Long accountId) {
  }

  /** One audit with its answers so far. */
  public record AuditSummary(long id, LocalDate monthStart, Instant startedAt, Instant completedAt, int sampled,
      int audited, int missed, int nonEscalatedTickets) {
  }

  public List<String> notEscalated(YearMonth month) {
    return tickets.notEscalated(start(month).toInstant(), start(month.plusMonths(1)).toInstant());
  }

  /**
   * The escalations of each month asked for, each judged by the latest judgement of the instance that escalated it.
   * labelled_example holds every review and audit since rollout stages exist, so the latest row there wins (an audit
   * after the review overrules it); the ticket's own review decision stands in for reviews older than that table. A
   * judgement of an earlier message of the same ticket judged another escalation, so it does not count.
   *
   * <p>Two queries however many months are asked (the dashboard shows a dozen audits): the escalations of the span
   * from the first month to the last, and their judgements. They are counted here, not in SQL, because which
   * judgement is a ticket's latest is {@link LabelledExamples}' rule, kept there once; SQL that counted would restate
   * it. Every month asked for is in the result, with no escalations if it had none.
   */
  public Map<YearMonth, Escalations> escalations(Collection<YearMonth> months) {
    if (months.isEmpty()) {
      return Map.of();
    }
    Timestamp from = start(Collections.min(months));
    Timestamp until = start(Collections.max(months).plusMonths(1));
    Map<String, ReviewDecision> judged = reviewsAndAudits.latestPerTicketScored(from.toInstant(), until.toInstant(),
        JudgedTicket::decision);
    Map<YearMonth, List<ReviewDecision>> decisions = new HashMap<>();
    months.forEach(month -> decisions.put(month, new ArrayList<>()));
    tickets.forEachEscalation(from.toInstant(), until.toInstant(), escalation -> {
      // The span may hold months nobody asked for (no audit in between): their escalations are skipped.
      List<ReviewDecision> ofMonth = decisions.get(monthOf(escalation.scoredAt()));
      if (ofMonth != null) {
        String stored = escalation.reviewDecision();
        ofMonth.add(judged.getOrDefault(escalation.businessKey(), stored == null ? null : ReviewDecision.of(stored)));
      }
    });
    Map<YearMonth, Escalations> escalations = new HashMap<>();
    decisions.forEach((month, ofMonth) -> escalations.put(month, Escalations.of(ofMonth)));
    return escalations;
  }

  public long start(String processInstanceId, YearMonth month, Instant startedAt, int nonEscalatedTickets,
      List<String> sample) {
    return sampled.start(processInstanceId, month, startedAt, nonEscalatedTickets, sample);
  }

  public Optional<AuditedTicket> ticket(String businessKey) {
    return tickets.scores(businessKey).map(s -> new AuditedTicket(s.businessKey(), s.maskedText(), s.polarity(),
        s.frustration(), s.label(), s.topics(), s.escalationAction(), s.scoredAt(), s.accountId()));
  }

  public void answer(long auditId, String businessKey, boolean shouldHaveEscalated, String comment,
      Instant auditedAt) {
    sampled.answer(auditId, businessKey, shouldHaveEscalated, comment, auditedAt);
  }

  public void complete(long auditId, Instant completedAt) {
    sampled.complete(auditId, completedAt);
  }

  /** The latest audits, newest first. */
  public List<AuditSummary> latest(int limit) {
    return sampled.latestAudits(limit, RecallAudits::summary);
  }

  public Optional<AuditSummary> summary(long auditId) {
    return sampled.audit(auditId, RecallAudits::summary);
  }

  private static AuditSummary summary(ResultSet rs, int rowNum) throws SQLException {
    Timestamp completedAt = rs.getTimestamp("completed_at");
    return new AuditSummary(rs.getLong("id"), rs.getDate("month_start").toLocalDate(),
        rs.getTimestamp("started_at").toInstant(), completedAt == null ? null : completedAt.toInstant(),
        rs.getInt("sampled"), rs.getInt("audited"), rs.getInt("missed"), rs.getInt("non_escalated_tickets"));
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** The month {@link #start} puts {@code at} in. */
  private static YearMonth monthOf(Instant at) {
    return YearMonth.from(at.atOffset(ZoneOffset.UTC));
  }
}
