package com.sentimenttriage.recall;

import com.sentimenttriage.records.LabelledExamples.JudgedTicket;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.sql.Date;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recall_audit and recall_audit_ticket tables, and the month's figures the estimate needs. Only tickets the
 * process scored count: backfilled history never met the gate.
 */
@Repository
public class RecallAudits {

  /** Not escalated: the gate decided DIGEST or LOG. */
  private static final String NOT_ESCALATED = "origin = 'process' and escalation_action in ('DIGEST', 'LOG')"
      + " and scored_at >= ? and scored_at < ?";

  private final JdbcTemplate jdbc;
  private final LabelledExamples reviewsAndAudits;

  public RecallAudits(JdbcTemplate jdbc, LabelledExamples reviewsAndAudits) {
    this.jdbc = jdbc;
    this.reviewsAndAudits = reviewsAndAudits;
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
    return jdbc.queryForList("select business_key from scored_ticket where " + NOT_ESCALATED,
        String.class, start(month), start(month.plusMonths(1)));
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
    jdbc.query("""
        select business_key, scored_at, review_decision from scored_ticket
         where origin = 'process' and escalation_action = 'ALERT' and scored_at >= ? and scored_at < ?""",
        rs -> {
          // The span may hold months nobody asked for (no audit in between): their escalations are skipped.
          List<ReviewDecision> ofMonth = decisions.get(monthOf(rs.getTimestamp(2)));
          if (ofMonth != null) {
            String stored = rs.getString(3);
            ofMonth.add(judged.getOrDefault(rs.getString(1), stored == null ? null : ReviewDecision.of(stored)));
          }
        },
        from, until);
    Map<YearMonth, Escalations> escalations = new HashMap<>();
    decisions.forEach((month, ofMonth) -> escalations.put(month, Escalations.of(ofMonth)));
    return escalations;
  }

  @Transactional
  public long start(String processInstanceId, YearMonth month, Instant startedAt, int nonEscalatedTickets,
      List<String> sample) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into recall_audit (process_instance_id, month_start, started_at, non_escalated_tickets)
          values (?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, processInstanceId);
      statement.setDate(2, Date.valueOf(month.atDay(1)));
      statement.setTimestamp(3, Timestamp.from(startedAt));
      statement.setInt(4, nonEscalatedTickets);
      return statement;
    }, key);
    long id = key.getKey().longValue();
    // Each sampled ticket with the instance that scored it: the answer is about that message, not a later one's.
    jdbc.batchUpdate("""
        insert into recall_audit_ticket (audit_id, business_key, process_instance_id)
        select ?, business_key, process_instance_id from scored_ticket where business_key = ?""",
        sample.stream().map(businessKey -> new Object[] {id, businessKey}).toList());
    return id;
  }

  public Optional<AuditedTicket> ticket(String businessKey) {
    return jdbc.query("""
        select business_key, masked_text, polarity, frustration, label, topics, escalation_action, scored_at,
               account_id
          from scored_ticket where business_key = ?""",
        (rs, n) -> new AuditedTicket(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
            rs.getObject(9) == null ? null : rs.getLong(9)),
        businessKey).stream().findFirst();
  }

  public void answer(long auditId, String businessKey, boolean shouldHaveEscalated, String comment,
      Instant auditedAt) {
    int updated = jdbc.update("""
        update recall_audit_ticket set should_have_escalated = ?, audit_comment = ?, audited_at = ?
         where audit_id = ? and business_key = ?""",
        shouldHaveEscalated, comment, Timestamp.from(auditedAt), auditId, businessKey);
    if (updated != 1) {
      throw new IllegalStateException("Ticket " + businessKey + " was not sampled by recall audit " + auditId);
    }
  }

  public void complete(long auditId, Instant completedAt) {
    jdbc.update("update recall_audit set completed_at = ? where id = ?", Timestamp.from(completedAt), auditId);
  }

  /** The latest audits, newest first. */
  public List<AuditSummary> latest(int limit) {
    return jdbc.query(SUMMARY + " group by " + SUMMARY_GROUP + " order by a.started_at desc, a.id desc limit ?",
        RecallAudits::summary, limit);
  }

  public Optional<AuditSummary> summary(long auditId) {
    return jdbc.query(SUMMARY + " where a.id = ? group by " + SUMMARY_GROUP, RecallAudits::summary, auditId)
        .stream().findFirst();
  }

  private static final String SUMMARY = """
      select a.id, a.month_start, a.started_at, a.completed_at, a.non_escalated_tickets,
             count(t.business_key) as sampled,
             count(t.should_have_escalated) as audited,
             sum(case when t.should_have_escalated = true then 1 else 0 end) as missed
        from recall_audit a left join recall_audit_ticket t on t.audit_id = a.id
      """;
  private static final String SUMMARY_GROUP = "a.id, a.month_start, a.started_at, a.completed_at, "
      + "a.non_escalated_tickets";

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
  private static YearMonth monthOf(Timestamp at) {
    return YearMonth.from(at.toInstant().atOffset(ZoneOffset.UTC));
  }
}
