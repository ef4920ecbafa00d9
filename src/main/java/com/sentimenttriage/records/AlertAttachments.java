package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The alert_attachment table: the tickets that arrived while an alert for their account and topic (or thread) was
 * open, attached to that alert by the escalation gate's cooldown instead of alerting again, once per attaching
 * instance. The alert lists them and the reviewer reads them, each with its scored_ticket row.
 */
@Repository
public class AlertAttachments {

  private final JdbcTemplate jdbc;

  public AlertAttachments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Attaches the ticket scored by {@code processInstanceId} to the open alert of {@code cooldownKey}. */
  public void attach(String processInstanceId, String businessKey, String cooldownKey,
      String alertProcessInstanceId, Long accountId, int frustration, Instant attachedAt) {
    jdbc.update("""
        insert into alert_attachment (process_instance_id, business_key, cooldown_key, alert_process_instance_id,
                                      account_id, frustration, attached_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        processInstanceId, businessKey, cooldownKey, alertProcessInstanceId, accountId, frustration,
        Timestamp.from(attachedAt));
  }

  /**
   * The tickets attached to an alert, oldest first, with the source and ticket id of the instance that scored them
   * (null when that row is gone). Columns: process_instance_id, business_key, frustration, attached_at, source,
   * ticket_id.
   */
  public void forEachAttachedTo(String alertProcessInstanceId, RowCallbackHandler row) {
    jdbc.query("""
        select a.process_instance_id, a.business_key, a.frustration, a.attached_at, s.source, s.ticket_id
          from alert_attachment a left join scored_ticket s on s.process_instance_id = a.process_instance_id
         where a.alert_process_instance_id = ?
         order by a.attached_at, a.business_key""", row, alertProcessInstanceId);
  }

  /** A ticket attached to an alert, with its current label and masked text (null when its row is gone). */
  public record AttachedScore(Instant attachedAt, String businessKey, int frustration, String label,
      String maskedText) {
  }

  /** The first {@code limit} tickets attached to an alert, oldest first. */
  public List<AttachedScore> attachedTo(String alertProcessInstanceId, int limit) {
    return jdbc.query("""
        select a.attached_at, a.business_key, a.frustration, s.label, s.masked_text
          from alert_attachment a
          left join scored_ticket s on s.business_key = a.business_key
         where a.alert_process_instance_id = ?
         order by a.attached_at, a.business_key
         limit ?""",
        (rs, row) -> new AttachedScore(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3),
            rs.getString(4), rs.getString(5)),
        alertProcessInstanceId, limit);
  }
}
