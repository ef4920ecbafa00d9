package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cs_alert table: the alerts handed over for delivery, one row per decision and channel under an idempotency
 * key. The alerting adapters write the row before they hand the alert over, in the job's own transaction: a failed
 * hand-over rolls the row back (the retry sends), a committed step keeps it (a re-run of the step sends nothing),
 * and a second executor running the same job at the same time waits on the key and fails instead of sending. The
 * meters count the rows; the dashboard's first alert per ticket is a join in {@link ScoredTicketStore}.
 */
@Repository
public class SentAlerts {

  public static final String EMAIL = "email";
  public static final String CHAT = "chat";

  private final JdbcTemplate jdbc;

  public SentAlerts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean alreadySent(String idempotencyKey) {
    Integer count = jdbc.queryForObject("select count(*) from cs_alert where idempotency_key = ?", Integer.class,
        idempotencyKey);
    return count != null && count > 0;
  }

  /** Every alert handed to the mail server or chat, for the meters. */
  public long count() {
    Long count = jdbc.queryForObject("select count(*) from cs_alert", Long.class);
    return count == null ? 0 : count;
  }

  /** Records an alert handed to {@code channel}; the subject is cut to the column's 500 characters. */
  public void record(String idempotencyKey, String processInstanceId, String channel, String recipientMasked,
      String subject, Instant sentAt) {
    jdbc.update("""
        insert into cs_alert (idempotency_key, process_instance_id, channel, recipient_masked, subject, sent_at)
        values (?, ?, ?, ?, ?, ?)""",
        idempotencyKey, processInstanceId, channel, recipientMasked, limit(subject, 500), Timestamp.from(sentAt));
  }

  private static String limit(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
