package com.sentimenttriage.gating;

import com.sentimenttriage.records.AlertAttachments;
import com.sentimenttriage.records.Savepoints;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Cooldowns in the alert_cooldown table, whose primary key is the lock. Runs inside the engine's transaction
 * (the delegate's job), so a claim commits with the decision or not at all. Each insert runs in a savepoint: on
 * PostgreSQL a failed statement would otherwise poison the whole job transaction.
 */
@Repository
public class JdbcAlertCooldowns implements AlertCooldowns {

  private final JdbcTemplate jdbc;
  private final AlertAttachments attachments;
  private final Savepoints savepoints;

  public JdbcAlertCooldowns(JdbcTemplate jdbc, AlertAttachments attachments,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.attachments = attachments;
    this.savepoints = new Savepoints(transactionManager);
  }

  @Override
  public Optional<OpenAlert> findOpen(List<String> keys, Instant now) {
    for (String key : keys) {
      Optional<OpenAlert> open = jdbc.query("""
          select cooldown_key, process_instance_id, business_key, review_task_opened from alert_cooldown
           where cooldown_key = ? and expires_at > ?""",
          (rs, row) -> new OpenAlert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
          key, Timestamp.from(now)).stream().findFirst();
      if (open.isPresent()) {
        return open;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<OpenAlert> claim(List<String> keys, Long accountId, String processInstanceId,
      String businessKey, Instant now, Duration window) {
    Timestamp opened = Timestamp.from(now);
    Timestamp expires = Timestamp.from(now.plus(window));
    // All keys or none: the outer savepoint is rolled back when any key is held by another alert.
    String lost = savepoints.execute(all -> {
      for (String key : keys) {
        if (!claimOne(key, accountId, processInstanceId, businessKey, opened, expires)) {
          all.setRollbackOnly();
          return key;
        }
      }
      return null;
    });
    if (lost == null) {
      return Optional.empty();
    }
    return Optional.of(findOpen(List.of(lost), now)
        .orElse(new OpenAlert(lost, "unknown", "unknown", false)));
  }

  private boolean claimOne(String key, Long accountId, String processInstanceId, String businessKey,
      Timestamp opened, Timestamp expires) {
    return savepoints.insertOrElse(() -> jdbc.update("""
        insert into alert_cooldown (cooldown_key, account_id, process_instance_id, business_key, opened_at,
                                    expires_at)
        values (?, ?, ?, ?, ?, ?)""", key, accountId, processInstanceId, businessKey, opened, expires) == 1,
        // The key exists; it is ours only if its window is over, and only one of several racing updates sees that.
        () -> jdbc.update("""
            update alert_cooldown set account_id = ?, process_instance_id = ?, business_key = ?, opened_at = ?,
                                      expires_at = ?, review_task_opened = false
             where cooldown_key = ? and expires_at <= ?""",
            accountId, processInstanceId, businessKey, opened, expires, key, opened) == 1);
  }

  @Override
  public void reviewTaskOpened(String alertProcessInstanceId) {
    jdbc.update("update alert_cooldown set review_task_opened = true where process_instance_id = ?",
        alertProcessInstanceId);
  }

  @Override
  public void attach(OpenAlert alert, String processInstanceId, String businessKey, Long accountId, int frustration,
      Instant now) {
    attachments.attach(processInstanceId, businessKey, alert.cooldownKey(), alert.processInstanceId(), accountId,
        frustration, now);
  }
}
