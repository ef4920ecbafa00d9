package com.sentimenttriage.feedback;

import java.sql.Timestamp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The scored_ticket table: every ticket's scores and, once reviewed, the supervisor's verdict. */
@Repository
public class ScoredTicketStore {

  static final int MAX_TEXT = 8000;

  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;

  public ScoredTicketStore(JdbcTemplate jdbc) {
    this(jdbc, new SimpleMeterRegistry());
  }

  /** @param meters where the time from scoring to the supervisor's review is recorded */
  @Autowired
  public ScoredTicketStore(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.meters = meters;
  }

  /**
   * Stores the ticket's scores. A ticket scored before (by the backfill, or by an earlier instance that a new
   * customer message followed up) keeps one row under its business key, now holding the latest instance's scores.
   */
  public void record(ScoredTicket ticket) {
    int updated = jdbc.update("""
        update scored_ticket set process_instance_id = ?, source = ?, ticket_id = ?, account_id = ?, polarity = ?,
               frustration = ?, label = ?, topics = ?, escalation_action = ?, severity = ?, scored_at = ?,
               review_decision = null, review_comment = null, reviewed_at = null, origin = 'process'
         where business_key = ?""",
        ticket.processInstanceId(), ticket.source(), ticket.ticketId(), ticket.accountId(), ticket.polarity(),
        ticket.frustration(), ticket.label(), ticket.topics(), ticket.escalationAction(), ticket.severity(),
        Timestamp.from(ticket.scoredAt()), ticket.businessKey());
    if (updated > 0) {
      return;
    }
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, account_id, polarity,
                                   frustration, label, topics, escalation_action, severity, scored_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        ticket.businessKey(), ticket.processInstanceId(), ticket.source(), ticket.ticketId(), ticket.accountId(),
        ticket.polarity(), ticket.frustration(), ticket.label(), ticket.topics(), ticket.escalationAction(),
        ticket.severity(), Timestamp.from(ticket.scoredAt()));
  }

  /**
   * What the dashboard and the learned model need beside the scores: when the customer wrote, the queue, the
   * masked subject and message (cut at 8,000 characters) and the learned model that adjusted the score, if any.
   */
  public void recordContext(String businessKey, Instant ticketCreatedAt, String queue, String maskedText,
      Integer modelVersion) {
    String text = maskedText == null || maskedText.length() <= MAX_TEXT ? maskedText
        : maskedText.substring(0, MAX_TEXT);
    jdbc.update("""
        update scored_ticket set ticket_created_at = ?, queue = ?, masked_text = ?, model_version = ?
         where business_key = ?""",
        ticketCreatedAt == null ? null : Timestamp.from(ticketCreatedAt), queue, text, modelVersion, businessKey);
  }

  public void recordReview(String businessKey, String decision, String comment, Instant reviewedAt) {
    int updated = jdbc.update("""
        update scored_ticket set review_decision = ?, review_comment = ?, reviewed_at = ?
         where business_key = ?""",
        decision, comment, Timestamp.from(reviewedAt), businessKey);
    if (updated != 1) {
      throw new IllegalStateException("No scored ticket " + businessKey + " to attach the review to");
    }
    Timestamp scoredAt = jdbc.queryForObject("select scored_at from scored_ticket where business_key = ?",
        Timestamp.class, businessKey);
    if (scoredAt != null && !reviewedAt.isBefore(scoredAt.toInstant())) {
      Timer.builder(TriageMeters.REVIEW_LATENCY).description("Time from scoring to the supervisor's decision")
          .tag("decision", decision).publishPercentileHistogram().register(meters)
          .record(Duration.between(scoredAt.toInstant(), reviewedAt));
    }
  }

  public Optional<String> reviewDecision(String businessKey) {
    return jdbc.queryForList("select review_decision from scored_ticket where business_key = ?", String.class,
        businessKey).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /** The rollout queue and stage the ticket was routed in; no row yet (a backfill in progress) changes nothing. */
  public void recordRoute(String businessKey, String queue, String stage) {
    jdbc.update("update scored_ticket set queue = ?, stage = ? where business_key = ?", queue, stage, businessKey);
  }
}
