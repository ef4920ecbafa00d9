package com.sentimenttriage.alerting;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The alerts handed over for delivery, one row per decision and channel under an idempotency key. The adapters
 * write the row before they hand the alert over, in the job's own transaction: a failed hand-over rolls the row
 * back (the retry sends), a committed step keeps it (a re-run of the step sends nothing), and a second executor
 * running the same job at the same time waits on the key and fails instead of sending.
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

  /** Records the e-mail alert under its own key. */
  public void record(CsAlert alert, Instant sentAt) {
    record(alert.idempotencyKey(), alert, EMAIL, maskRecipient(alert.to().email()), sentAt);
  }

  public void record(String idempotencyKey, CsAlert alert, String channel, String recipientMasked, Instant sentAt) {
    jdbc.update("""
        insert into cs_alert (idempotency_key, process_instance_id, channel, recipient_masked, subject, sent_at)
        values (?, ?, ?, ?, ?, ?)""",
        idempotencyKey, alert.processInstanceId(), channel, recipientMasked, limit(alert.mailSubject(), 500),
        Timestamp.from(sentAt));
  }

  private static String limit(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** Keeps the domain for diagnosis; the mailbox name is personal data. */
  static String maskRecipient(String email) {
    int at = email.indexOf('@');
    return at < 0 ? "[EMAIL]" : "[EMAIL]" + email.substring(at);
  }
}
