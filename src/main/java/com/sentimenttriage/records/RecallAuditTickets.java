package com.sentimenttriage.records;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recall_audit and recall_audit_ticket tables: one row per monthly recall audit, the tickets it sampled and the
 * auditor's answer for each, which the recall estimate counts and the learned model trains on. Both are here, as an
 * audit's summary counts its tickets in one query.
 */
@Repository
public class RecallAuditTickets {

  private final JdbcTemplate jdbc;

  public RecallAuditTickets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records an audit of {@code month} and its sample, in one transaction: each sampled ticket with the instance that
   * scored it, as the answer is about that message, not a later one's.
   *
   * @return the audit's id
   */
  @Transactional
  public long start(String processInstanceId, YearMonth month, Instant startedAt, int nonEscalatedTickets,
      List<String> businessKeys) {
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
    long auditId = key.getKey().longValue();
    sample(auditId, businessKeys);
    return auditId;
  }

  private void sample(long auditId, List<String> businessKeys) {
    jdbc.batchUpdate("""
        insert into recall_audit_ticket (audit_id, business_key, process_instance_id)
        select ?, business_key, process_instance_id from scored_ticket where business_key = ?""",
        businessKeys.stream().map(businessKey -> new Object[] {auditId, businessKey}).toList());
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

  /**
   * The latest audits, newest first, each with its counts of sampled, audited and missed tickets. Columns: id,
   * month_start, started_at, completed_at, non_escalated_tickets, sampled, audited, missed.
   */
  public <T> List<T> latestAudits(int limit, RowMapper<T> audit) {
    return jdbc.query(SUMMARY + " group by " + SUMMARY_GROUP + " order by a.started_at desc, a.id desc limit ?",
        audit, limit);
  }

  /** One audit with its counts, as {@link #latestAudits}. */
  public <T> Optional<T> audit(long auditId, RowMapper<T> audit) {
    return jdbc.query(SUMMARY + " where a.id = ? group by " + SUMMARY_GROUP, audit, auditId).stream().findFirst();
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

  /** Every answer with the text of the instance it judged, oldest first (a later answer overrules). */
  public void forEachAnswer(Consumer<TicketLabel> answer) {
    jdbc.query("""
        select r.business_key, s.masked_text, s.escalation_action, r.should_have_escalated
          from recall_audit_ticket r""" + LabelledExamples.judgedTicketOf("r") + """
         where s.masked_text is not null and r.should_have_escalated is not null
         order by r.audited_at""", rs -> {
      answer.accept(new TicketLabel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    });
  }
}
