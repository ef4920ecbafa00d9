package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The recall_audit_ticket table: the tickets a recall audit sampled and the auditor's answer for each, which the
 * recall estimate counts and the learned model trains on. The recall feature keeps recall_audit (one row per audit)
 * and joins it here only to count each audit's tickets.
 */
@Repository
public class RecallAuditTickets {

  private final JdbcTemplate jdbc;

  public RecallAuditTickets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Each sampled ticket with the instance that scored it: the answer is about that message, not a later one's. */
  public void sample(long auditId, List<String> businessKeys) {
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
