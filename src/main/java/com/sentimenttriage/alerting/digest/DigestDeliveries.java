package com.sentimenttriage.alerting.digest;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which recipients a digest run has reached. Each delivery is recorded in a transaction of its own,
 * committed right after the mail left: the job that sends the digests would roll back everything it wrote if a
 * later recipient failed, and its retry would send the earlier recipients their digest again.
 */
@Component
public class DigestDeliveries {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public DigestDeliveries(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  boolean wasSent(String runId, String recipient) {
    Integer count = jdbc.queryForObject(
        "select count(*) from digest_delivery where run_id = ? and recipient = ?", Integer.class, runId, recipient);
    return count != null && count > 0;
  }

  void recordSent(String runId, String recipient) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "insert into digest_delivery (run_id, recipient, sent_at) values (?, ?, ?)",
        runId, recipient, Timestamp.from(clock.instant())));
  }
}
