package com.sentimenttriage.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The scored_ticket table: every ticket's scores and, once reviewed, the supervisor's verdict. */
@Repository
public class ScoredTicketStore {

  private final JdbcTemplate jdbc;

  public ScoredTicketStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
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

  public void recordReview(String businessKey, String decision, String comment, Instant reviewedAt) {
    int updated = jdbc.update("""
        update scored_ticket set review_decision = ?, review_comment = ?, reviewed_at = ?
         where business_key = ?""",
        decision, comment, Timestamp.from(reviewedAt), businessKey);
    if (updated != 1) {
      throw new IllegalStateException("No scored ticket " + businessKey + " to attach the review to");
    }
  }

  public Optional<String> reviewDecision(String businessKey) {
    return jdbc.queryForList("select review_decision from scored_ticket where business_key = ?", String.class,
        businessKey).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public int count() {
    Integer count = jdbc.queryForObject("select count(*) from scored_ticket", Integer.class);
    return count == null ? 0 : count;
  }
}
