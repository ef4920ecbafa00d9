package com.sentimenttriage.alerting;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The alerts handed to the mail server, keyed by decision, so a retried job never sends one twice. */
@Repository
public class SentAlerts {

  private final JdbcTemplate jdbc;

  public SentAlerts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean alreadySent(String idempotencyKey) {
    Integer count = jdbc.queryForObject("select count(*) from cs_alert where idempotency_key = ?", Integer.class,
        idempotencyKey);
    return count != null && count > 0;
  }

  public void record(CsAlert alert, Instant sentAt) {
    jdbc.update("""
        insert into cs_alert (idempotency_key, process_instance_id, recipient_masked, subject, sent_at)
        values (?, ?, ?, ?, ?)""",
        alert.idempotencyKey(), alert.processInstanceId(), maskRecipient(alert.recipient()), alert.mailSubject(),
        Timestamp.from(sentAt));
  }

  /** Keeps the domain for diagnosis; the mailbox name is personal data. */
  static String maskRecipient(String email) {
    int at = email.indexOf('@');
    return at < 0 ? "[EMAIL]" : "[EMAIL]" + email.substring(at);
  }
}
