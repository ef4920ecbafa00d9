package com.sentimenttriage.records;

import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import com.sentimenttriage.triage.TriageVariables.FollowThroughOutcome;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cs_follow_through, follow_through_alert, follow_through_outcome and open_follow_through tables: each
 * follow-through, the alerts that went to it, the outcomes its owner recorded (per alert and account), and the one
 * open per account. The CS follow-through writes them and reads its measures here; the digest, the dashboard's
 * escalation rate and the learned model join them to a ticket's row in {@link ScoredTicketStore}. Engine-free; it
 * writes in the caller's transaction, so a row and the process step that made it commit together.
 */
@Repository
public class FollowThroughRecords {

  private final JdbcTemplate jdbc;
  /** Savepoints in the caller's transaction, for the one insert that may lose a race (see {@link #openOrClaim}). */
  private final Savepoints savepoints;

  public FollowThroughRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoints = new Savepoints(transactions);
  }

  /**
   * @param accountId null for an alert without an account: such follow-throughs never join, as nothing ties them
   */
  public record Opened(String processInstanceId, String alertProcessInstanceId, String businessKey, Long accountId,
      String accountName, FollowThroughKind kind, String severity, String topic, Integer daysToRenewal,
      Instant ticketCreatedAt, Instant alertedAt) {
  }

  /** @param followUpDate null when the owner set none */
  public record Outcome(String followThroughInstanceId, String alertProcessInstanceId, Long accountId, FollowThroughOutcome outcome, String noActionReason, String note, LocalDate followUpDate,
      String recordedBy, Instant recordedAt) {
  }

  private Optional<String> openFor(long accountId) {
    return jdbc.queryForList("select process_instance_id from open_follow_through where account_id = ?",
        String.class, accountId).stream().findFirst();
  }

  /**
   * The account's open at-risk follow-through, which this alert joins; or, when there is none, the account's open
   * slot taken for the follow-through this alert is about to open (empty), which {@link #opened} then names, in the
   * same transaction.
   *
   * <p>Two alerts of one account may both find none at the same moment. The slot's primary key decides between them:
   * the later insert waits for the earlier one's transaction and, once that commits, fails on the key. Only that
   * insert is undone (a savepoint: on PostgreSQL a failed statement otherwise dooms the whole transaction), and the
   * follow-through the other alert committed is read back and joined. The slot is taken before anything is started,
   * so the alert that lost has nothing to undo, its job does not fail and nothing it sent is sent again. Until
   * {@link #opened} names the follow-through, the slot holds the alert's instance id, which no other transaction
   * sees.
   */
  public Optional<String> openOrClaim(long accountId, String alertProcessInstanceId) {
    Optional<String> open = openFor(accountId);
    if (open.isPresent()) {
      return open;
    }
    return savepoints.insertOrElse(() -> {
      jdbc.update("insert into open_follow_through (account_id, process_instance_id) values (?, ?)", accountId,
          alertProcessInstanceId);
      return Optional.empty();
    }, () -> {
      // Read after the other alert's commit. Its follow-through cannot have closed yet (its task is not even
      // created): should it have, the job fails and its retry opens a new one.
      return Optional.of(openFor(accountId).orElseThrow(() -> new IllegalStateException(
          "The follow-through open for account " + accountId + " closed while alert " + alertProcessInstanceId
              + " joined it")));
    });
  }

  /**
   * Records a new follow-through. An at-risk one names itself in its account's open slot, which the caller took
   * with {@link #openOrClaim}. An advocacy opportunity joins nothing, so it takes no slot: it did, and a promoter
   * ticket of an account with an open follow-through failed on the key at every retry (seen in the two-node load
   * test, where it never ended).
   */
  public void opened(Opened opened) {
    if (opened.accountId() != null && opened.kind() == FollowThroughKind.AT_RISK
        && jdbc.update("update open_follow_through set process_instance_id = ? "
            + "where account_id = ? and process_instance_id = ?", opened.processInstanceId(), opened.accountId(),
            opened.alertProcessInstanceId()) != 1) {
      throw new IllegalStateException("Account " + opened.accountId() + " has no open slot: openOrClaim first");
    }
    jdbc.update("""
        insert into cs_follow_through (process_instance_id, alert_process_instance_id, business_key, account_id,
                                       account_name, kind, severity, topic, days_to_renewal, ticket_created_at,
                                       alerted_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        opened.processInstanceId(), opened.alertProcessInstanceId(), opened.businessKey(), opened.accountId(),
        opened.accountName(), opened.kind().name(), opened.severity(), opened.topic(), opened.daysToRenewal(),
        timestamp(opened.ticketCreatedAt()), timestamp(opened.alertedAt()));
    alertWentTo(opened.alertProcessInstanceId(), opened.processInstanceId());
  }

  /** A later alert for the account joined its open follow-through instead of opening a second one. */
  public void joined(String processInstanceId, String alertProcessInstanceId) {
    jdbc.update("update cs_follow_through set alert_count = alert_count + 1 where process_instance_id = ?",
        processInstanceId);
    alertWentTo(alertProcessInstanceId, processInstanceId);
  }

  /** The follow-through an alert went to, opened by it or joined. */
  public Optional<String> followThroughOf(String alertProcessInstanceId) {
    return jdbc.queryForList("select follow_through_instance_id from follow_through_alert "
        + "where alert_process_instance_id = ?", String.class, alertProcessInstanceId).stream().findFirst();
  }

  private void alertWentTo(String alertProcessInstanceId, String followThroughInstanceId) {
    jdbc.update("insert into follow_through_alert (alert_process_instance_id, follow_through_instance_id) "
        + "values (?, ?)", alertProcessInstanceId, followThroughInstanceId);
  }

  public void reminded(String processInstanceId, Instant at) {
    jdbc.update("update cs_follow_through set reminded_at = coalesce(reminded_at, ?) where process_instance_id = ?",
        timestamp(at), processInstanceId);
  }

  public void escalated(String processInstanceId, Instant at) {
    jdbc.update("update cs_follow_through set escalated_at = coalesce(escalated_at, ?) where process_instance_id = ?",
        timestamp(at), processInstanceId);
  }

  /** Stores the outcome; the first one is the acknowledgement the measures time. */
  public void recorded(Outcome outcome) {
    // The ticket's business key, so the outcome pairs with its scored_ticket row like the other labels.
    String businessKey = jdbc.queryForObject("select business_key from cs_follow_through where process_instance_id = ?",
        String.class, outcome.followThroughInstanceId());
    jdbc.update("""
        insert into follow_through_outcome (follow_through_instance_id, alert_process_instance_id, business_key,
                                            account_id, outcome, false_positive_hint, no_action_reason, note,
                                            follow_up_date, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        outcome.followThroughInstanceId(), outcome.alertProcessInstanceId(), businessKey, outcome.accountId(),
        outcome.outcome().value(), outcome.outcome().hintsFalsePositive(), outcome.noActionReason(), outcome.note(),
        outcome.followUpDate() == null ? null : Date.valueOf(outcome.followUpDate()), outcome.recordedBy(),
        timestamp(outcome.recordedAt()));
    jdbc.update("update cs_follow_through set first_outcome_at = coalesce(first_outcome_at, ?) "
        + "where process_instance_id = ?", timestamp(outcome.recordedAt()), outcome.followThroughInstanceId());
  }

  /** The follow-through ended: the account's next alert opens a new one. */
  public void closed(String processInstanceId, Instant at) {
    jdbc.update("update cs_follow_through set closed_at = ? where process_instance_id = ?", timestamp(at),
        processInstanceId);
    jdbc.update("delete from open_follow_through where process_instance_id = ?", processInstanceId);
  }

  /**
   * The at-risk follow-throughs alerted since {@code from}, each with how many of its outcomes are not "no action
   * needed" (acted on once there is one). Columns: severity, ticket_created_at, alerted_at, first_outcome_at,
   * account_id, days_to_renewal, acted.
   */
  public <T> List<T> atRiskAlertedSince(Instant from, RowMapper<T> row) {
    return jdbc.query("""
        select f.severity, f.ticket_created_at, f.alerted_at, f.first_outcome_at, f.account_id, f.days_to_renewal,
               (select count(*) from follow_through_outcome o where o.follow_through_instance_id = f.process_instance_id
                  and o.outcome <> 'no-action-needed') as acted
          from cs_follow_through f
         where f.kind = 'AT_RISK' and f.alerted_at >= ?""", row, Timestamp.from(from));
  }

  /**
   * The outcomes recorded since {@code from}, counted by their follow-through's severity and topic. Columns:
   * severity, topic, outcome, count, in that order and sorted by them.
   */
  public <T> List<T> outcomeCountsSince(Instant from, RowMapper<T> row) {
    return jdbc.query("""
        select f.severity, f.topic, o.outcome, count(*)
          from follow_through_outcome o join cs_follow_through f on f.process_instance_id = o.follow_through_instance_id
         where o.recorded_at >= ?
         group by f.severity, f.topic, o.outcome
         order by f.severity, f.topic, o.outcome""", row, Timestamp.from(from));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
