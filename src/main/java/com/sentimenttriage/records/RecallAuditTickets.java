package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The recall_audit_ticket table: the tickets a recall audit sampled and the auditor's answer for each, which the
 * recall estimate counts and the learned model trains on.
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
