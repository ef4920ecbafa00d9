package com.sentimenttriage.records;

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

  /** Time from scoring to the supervisor's review; TriageMeters publishes it under this name with the other meters. */
  public static final String REVIEW_LATENCY = "triage.review.latency";

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
   * What the dashboard and the learned model need beside the scores: when the customer wrote, the rollout queue
   * and stage the ticket was routed in, the masked subject and message (cut at 8,000 characters) and the learned
   * model that adjusted the score, if any, and the campaign the helpdesk holds for the ticket (issue 17).
   */
  public record Context(Instant ticketCreatedAt, String queue, String stage, String maskedText,
      Integer modelVersion, String campaign) {

    public Context(Instant ticketCreatedAt, String queue, String stage, String maskedText, Integer modelVersion) {
      this(ticketCreatedAt, queue, stage, maskedText, modelVersion, null);
    }
  }

  /**
   * Stores the ticket's scores with their context in one row, written once: an insert for a new ticket (after an
   * update that finds no row). A ticket scored before (by the backfill, or by an earlier instance that a new
   * customer message followed up) keeps one row under its business key, updated to hold the latest instance's
   * scores; a review of the earlier instance no longer applies.
   */
  public void record(ScoredTicket ticket, Context context) {
    String text = context.maskedText() == null || context.maskedText().length() <= MAX_TEXT ? context.maskedText()
        : context.maskedText().substring(0, MAX_TEXT);
    Timestamp createdAt = context.ticketCreatedAt() == null ? null : Timestamp.from(context.ticketCreatedAt());
    int updated = jdbc.update("""
        update scored_ticket set process_instance_id = ?, source = ?, ticket_id = ?, account_id = ?, polarity = ?,
               frustration = ?, label = ?, topics = ?, escalation_action = ?, severity = ?, scored_at = ?,
               review_decision = null, review_comment = null, reviewed_at = null, origin = 'process',
               ticket_created_at = ?, queue = ?, stage = ?, masked_text = ?, model_version = ?,
               campaign = coalesce(?, campaign)
         where business_key = ?""",
        ticket.processInstanceId(), ticket.source(), ticket.ticketId(), ticket.accountId(), ticket.polarity(),
        ticket.frustration(), ticket.label(), ticket.topics(), ticket.escalationAction(), ticket.severity(),
        Timestamp.from(ticket.scoredAt()), createdAt, context.queue(), context.stage(), text,
        context.modelVersion(), context.campaign(), ticket.businessKey());
    if (updated > 0) {
      return;
    }
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, account_id, polarity,
                                   frustration, label, topics, escalation_action, severity, scored_at,
                                   ticket_created_at, queue, stage, masked_text, model_version, campaign)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        ticket.businessKey(), ticket.processInstanceId(), ticket.source(), ticket.ticketId(), ticket.accountId(),
        ticket.polarity(), ticket.frustration(), ticket.label(), ticket.topics(), ticket.escalationAction(),
        ticket.severity(), Timestamp.from(ticket.scoredAt()), createdAt, context.queue(), context.stage(), text,
        context.modelVersion(), context.campaign());
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
      Timer.builder(REVIEW_LATENCY).description("Time from scoring to the supervisor's decision")
          .tag("decision", decision).publishPercentileHistogram().register(meters)
          .record(Duration.between(scoredAt.toInstant(), reviewedAt));
    }
  }

  public Optional<String> reviewDecision(String businessKey) {
    return jdbc.queryForList("select review_decision from scored_ticket where business_key = ?", String.class,
        businessKey).stream().filter(java.util.Objects::nonNull).findFirst();
  }
}
