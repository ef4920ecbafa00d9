package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scored tickets written straight into the table, at chosen times, for tests of what is computed from them. */
public final class ScoredTicketFixtures {

  /** The process instance of every fixture ticket, and of its review: the review judged that instance's text. */
  public static final String INSTANCE = "none";

  private final JdbcTemplate jdbc;

  public ScoredTicketFixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Wednesday noon (UTC) of the week {@code weeksAgo} weeks before this one. */
  public static Instant midweek(int weeksAgo) {
    return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(weeksAgo).plusDays(2).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }

  public Builder ticket() {
    return new Builder();
  }

  public final class Builder {
    private final String businessKey = "fixture:" + UUID.randomUUID();
    private Long accountId;
    private double polarity;
    private String label = "Neutral";
    private String topics = "";
    private String action = "LOG";
    private String stage;
    private String queue = "fixture";
    private String text;
    private Instant createdAt;
    private Instant scoredAt = Instant.now();
    private String decision;
    private Instant reviewedAt;
    private String source = "fixture";
    private String ticketId;
    private final java.util.List<Object[]> audits = new java.util.ArrayList<>();

    public Builder account(long id) {
      this.accountId = id;
      return this;
    }

    public Builder polarity(double value, String label) {
      this.polarity = value;
      this.label = label;
      return this;
    }

    public Builder topics(String topics) {
      this.topics = topics;
      return this;
    }

    public Builder escalated() {
      this.action = "ALERT";
      return this;
    }

    /** The gate's decision: ALERT, DIGEST or LOG (the default). */
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /** The rollout queue it was routed to, and that its reviews and audits judge. */
    public Builder queue(String queue) {
      this.queue = queue;
      return this;
    }

    /** The helpdesk it came from and its id there. */
    public Builder from(String source, String ticketId) {
      this.source = source;
      this.ticketId = ticketId;
      return this;
    }

    /** An audit of its automated alert (labelled_example only: an audit leaves the ticket's review untouched). */
    public Builder audited(boolean correct, Instant at) {
      this.action = "ALERT";
      this.audits.add(new Object[] {correct ? "confirm" : "dismiss", correct, at});
      return this;
    }

    public Builder stage(String stage) {
      this.stage = stage;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder created(Instant at) {
      this.createdAt = at;
      return this;
    }

    public Builder scored(Instant at) {
      this.scoredAt = at;
      return this;
    }

    /** A supervisor's review, stored where the review task stores it: the ticket's row and labelled_example. */
    public Builder reviewed(String decision, Instant at) {
      this.action = "ALERT";
      this.decision = decision;
      this.reviewedAt = at;
      return this;
    }

    public String insert() {
      jdbc.update("""
          insert into scored_ticket (business_key, process_instance_id, source, ticket_id, account_id, polarity,
                                     frustration, label, topics, escalation_action, severity, scored_at,
                                     review_decision, reviewed_at, ticket_created_at, queue, stage, masked_text)
          values (?, ?, ?, ?, ?, ?, 50, ?, ?, ?, 'Low', ?, ?, ?, ?, ?, ?, ?)""",
          businessKey, INSTANCE, source, ticketId == null ? businessKey.substring(8, 20) : ticketId, accountId,
          polarity, label, topics, action,
          Timestamp.from(scoredAt), decision, reviewedAt == null ? null : Timestamp.from(reviewedAt),
          createdAt == null ? null : Timestamp.from(createdAt), queue, stage, text);
      if (decision != null) {
        jdbc.update("""
            insert into labelled_example (business_key, process_instance_id, queue, kind, decision, correct,
                                          judged_at)
            values (?, ?, ?, 'REVIEW', ?, ?, ?)""",
            businessKey, INSTANCE, queue, decision, "confirm".equals(decision), Timestamp.from(reviewedAt));
      }
      for (Object[] audit : audits) {
        jdbc.update("""
            insert into labelled_example (business_key, process_instance_id, queue, kind, decision, correct,
                                          judged_at)
            values (?, ?, ?, 'AUDIT', ?, ?, ?)""",
            businessKey, INSTANCE, queue, audit[0], audit[1], Timestamp.from((Instant) audit[2]));
      }
      return businessKey;
    }
  }
}
