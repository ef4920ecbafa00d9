package com.sentimenttriage.records;

import java.sql.Timestamp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The scored_ticket table: every ticket's scores and, once reviewed, the supervisor's verdict. Every feature reads
 * and writes it here, so the table's one-row-per-business-key rule, its indexes (account and time) and what a query
 * may assume of it are in one place. Queries that join another records table to a ticket's row live here too (the
 * first alert, the write-back, the follow-through); where a feature maps the rows itself, the method names the
 * columns it selects.
 */
@Repository
public class ScoredTicketStore {

  /** Time from scoring to the supervisor's review; TriageMeters publishes it under this name with the other meters. */
  public static final String REVIEW_LATENCY = "triage.review.latency";

  static final int MAX_TEXT = 8000;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final MeterRegistry meters;

  public ScoredTicketStore(JdbcTemplate jdbc) {
    this(jdbc, new SimpleMeterRegistry());
  }

  /** @param meters where the time from scoring to the supervisor's review is recorded */
  @Autowired
  public ScoredTicketStore(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
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

  public boolean exists(String businessKey) {
    Integer count = jdbc.queryForObject("select count(*) from scored_ticket where business_key = ?",
        Integer.class, businessKey);
    return count != null && count > 0;
  }

  public long count() {
    Long count = jdbc.queryForObject("select count(*) from scored_ticket", Long.class);
    return count == null ? 0 : count;
  }

  public long countWithAction(String escalationAction) {
    Long count = jdbc.queryForObject("select count(*) from scored_ticket where escalation_action = ?", Long.class,
        escalationAction);
    return count == null ? 0 : count;
  }

  /** The tickets scored since {@code since} with frustration {@code frustratedAt} or more. */
  public int countFrustratedSince(int frustratedAt, Instant since) {
    Integer count = jdbc.queryForObject("select count(*) from scored_ticket where frustration >= ? "
        + "and scored_at >= ?", Integer.class, frustratedAt, Timestamp.from(since));
    return count == null ? 0 : count;
  }

  /** Of those, the tickets a CS follow-through was opened for. */
  public int countFrustratedWithFollowThroughSince(int frustratedAt, Instant since) {
    Integer count = jdbc.queryForObject("""
        select count(*) from scored_ticket s
         where s.frustration >= ? and s.scored_at >= ?
           and exists (select 1 from cs_follow_through f where f.business_key = s.business_key)""",
        Integer.class, frustratedAt, Timestamp.from(since));
    return count == null ? 0 : count;
  }

  /** Every stored business key: what a backfill skips. */
  public List<String> businessKeys() {
    return jdbc.queryForList("select business_key from scored_ticket", String.class);
  }

  /**
   * Backfilled tickets (origin {@code backfill}, no process instance), each row {@code business_key, source,
   * ticket_id, polarity, frustration, label, topics, scored_at, ticket_created_at, campaign}, in one JDBC batch.
   */
  public void insertBackfilled(List<Object[]> rows) {
    jdbc.batchUpdate(INSERT_BACKFILLED, rows);
  }

  /** One backfilled ticket, for a batch another run got ahead of. */
  public void insertBackfilled(Object[] row) {
    jdbc.update(INSERT_BACKFILLED, row);
  }

  private static final String INSERT_BACKFILLED = """
      insert into scored_ticket (business_key, source, ticket_id, polarity, frustration, label, topics, scored_at,
                                 origin, ticket_created_at, campaign)
      values (?, ?, ?, ?, ?, ?, ?, ?, 'backfill', ?, ?)""";

  /** Gives the ticket its account, unless it has one already. */
  public void linkAccount(String businessKey, long accountId) {
    jdbc.update("update scored_ticket set account_id = ? where business_key = ? and account_id is null",
        accountId, businessKey);
  }

  /** A ticket's stored scores as an auditor sees them: masked text, no requester. */
  public record Scores(String businessKey, String maskedText, double polarity, int frustration, String label,
      String topics, String escalationAction, Instant scoredAt, Long accountId) {
  }

  public Optional<Scores> scores(String businessKey) {
    return jdbc.query("""
        select business_key, masked_text, polarity, frustration, label, topics, escalation_action, scored_at,
               account_id
          from scored_ticket where business_key = ?""",
        (rs, n) -> new Scores(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
            rs.getObject(9) == null ? null : rs.getLong(9)),
        businessKey).stream().findFirst();
  }

  /**
   * Tickets the process scored in [{@code from}, {@code until}) that the gate did not escalate (DIGEST or LOG). Not the
   * survey comments (source {@code survey}, survey-comment-triage.bpmn): another table decided them, and an audit's
   * judgement is kept per rollout queue, which they have none of.
   */
  public List<String> notEscalated(Instant from, Instant until) {
    return jdbc.queryForList("""
        select business_key from scored_ticket
         where origin = 'process' and source <> 'survey' and escalation_action in ('DIGEST', 'LOG')
           and scored_at >= ? and scored_at < ?""",
        String.class, Timestamp.from(from), Timestamp.from(until));
  }

  /**
   * An escalation (ALERT) the process scored, with the review decision its row holds, if any; no survey comments,
   * like {@link #notEscalated}: nobody reviews them.
   */
  public record Escalation(String businessKey, Instant scoredAt, String reviewDecision) {
  }

  public void forEachEscalation(Instant from, Instant until, Consumer<Escalation> escalation) {
    jdbc.query("""
        select business_key, scored_at, review_decision from scored_ticket
         where origin = 'process' and source <> 'survey' and escalation_action = 'ALERT'
           and scored_at >= ? and scored_at < ?""",
        rs -> {
          escalation.accept(new Escalation(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
        },
        Timestamp.from(from), Timestamp.from(until));
  }

  /**
   * A ticket the process scored: its polarity and topics (as stored, comma-separated). Not the survey comments
   * (source {@code survey}): the survey records only those it alerts or digests, which would tilt the drift check's
   * distribution towards the negative.
   */
  public record Polarity(double polarity, String topics) {
  }

  public List<Polarity> processScoredBetween(Instant from, Instant until) {
    return jdbc.query("""
        select polarity, topics from scored_ticket
         where origin = 'process' and source <> 'survey' and scored_at >= ? and scored_at < ?""",
        (rs, n) -> new Polarity(rs.getDouble(1), rs.getString(2)), Timestamp.from(from), Timestamp.from(until));
  }

  /** A ticket of an account. */
  public record AccountScore(long accountId, double polarity, String label, Instant scoredAt) {
  }

  /** The tickets with an account scored in [{@code from}, {@code until}]. */
  public List<AccountScore> ofAccountsScoredBetween(Instant from, Instant until) {
    return jdbc.query("""
        select account_id, polarity, label, scored_at
          from scored_ticket
         where account_id is not null and scored_at >= ? and scored_at <= ?""",
        (rs, n) -> new AccountScore(rs.getLong(1), rs.getDouble(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        Timestamp.from(from), Timestamp.from(until));
  }

  /** A ticket's campaign (null without one), label and polarity. */
  public record CampaignScore(String campaign, String label, double polarity) {
  }

  /** The tickets written since {@code since} (created at the helpdesk, else scored), read one by one. */
  public void forEachWrittenSince(Instant since, Consumer<CampaignScore> ticket) {
    jdbc.query("""
        select campaign, label, polarity from scored_ticket
         where coalesce(ticket_created_at, scored_at) >= ?""", rs -> {
      ticket.accept(new CampaignScore(rs.getString("campaign"), rs.getString("label"), rs.getDouble("polarity")));
    }, Timestamp.from(since));
  }

  /** An account's earlier ticket as a reviewer sees it beside the one under review. */
  public record EarlierTicket(Instant scoredAt, String ticketId, String label, int frustration,
      String escalationAction, String reviewDecision) {
  }

  /** The account's latest tickets scored since {@code since}, newest first, except one. */
  public List<EarlierTicket> earlierOfAccount(long accountId, String exceptBusinessKey, Instant since, int limit) {
    return jdbc.query("""
        select scored_at, ticket_id, label, frustration, escalation_action, review_decision
          from scored_ticket
         where account_id = ? and business_key <> ? and scored_at >= ?
         order by scored_at desc
         limit ?""",
        (rs, row) -> new EarlierTicket(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            rs.getInt(4), rs.getString(5), rs.getString(6)),
        accountId, exceptBusinessKey, Timestamp.from(since), limit);
  }

  /**
   * The dashboard's tickets written since {@code since} (created at the helpdesk, else scored), oldest first, with
   * the first alert sent for each. Columns: business_key, ticket_id, account_id, polarity, label, topics,
   * escalation_action, queue, stage, ticket_created_at, scored_at, review_decision, reviewed_at, first_sent_at.
   */
  public <T> List<T> writtenSinceWithFirstAlert(Instant since, RowMapper<T> row) {
    return jdbc.query("""
        select s.business_key, s.ticket_id, s.account_id, s.polarity, s.label, s.topics, s.escalation_action,
               s.queue, s.stage, s.ticket_created_at, s.scored_at, s.review_decision, s.reviewed_at,
               a.first_sent_at
          from scored_ticket s
          left join (select process_instance_id, min(sent_at) as first_sent_at from cs_alert
                      group by process_instance_id) a on a.process_instance_id = s.process_instance_id
         where coalesce(s.ticket_created_at, s.scored_at) >= ?
         order by coalesce(s.ticket_created_at, s.scored_at)""", row, Timestamp.from(since));
  }

  /**
   * An account's latest tickets, newest first, with the actions written back to the helpdesk. Columns:
   * business_key, process_instance_id, source, ticket_id, masked_text, ticket_created_at, scored_at, label,
   * polarity, topics, escalation_action, stage, review_decision, helpdesk_actions.
   */
  public <T> List<T> latestOfAccount(long accountId, int limit, RowMapper<T> row) {
    return jdbc.query("""
        select s.business_key, s.process_instance_id, s.source, s.ticket_id, s.masked_text, s.ticket_created_at,
               s.scored_at, s.label, s.polarity, s.topics, s.escalation_action, s.stage, s.review_decision,
               w.actions as helpdesk_actions
          from scored_ticket s
          left join helpdesk_write_back w on w.source = s.source and w.ticket_id = s.ticket_id
         where s.account_id = ?
         order by coalesce(s.ticket_created_at, s.scored_at) desc, s.scored_at desc limit ?""",
        row, accountId, limit);
  }

  /** Which of a period's tickets a digest lists. */
  public enum DigestSelection {
    /** The gate's DIGEST action: not urgent enough for an alert, worth a weekly look. */
    DIGEST_LEVEL("s.escalation_action = 'DIGEST'"),
    /**
     * Promoters' tickets that opened no task ({@code triage.follow-through.advocacy=digest}). A promoter that got its
     * own task (the setting was "task" when it came) has a follow_through_alert row and is not listed twice.
     */
    ADVOCACY_WITHOUT_TASK("s.escalation_action = 'ADVOCACY' and not exists "
        + "(select 1 from follow_through_alert f where f.alert_process_instance_id = s.process_instance_id)"),
    /** Moderate negatives: negative, but nobody was alerted. */
    MODERATE_NEGATIVE("s.label = 'Negative' and s.escalation_action <> 'ALERT'");

    private final String condition;

    DigestSelection(String condition) {
      this.condition = condition;
    }
  }

  /**
   * The tickets scored in [{@code from}, {@code to}) that {@code selection} lists, oldest first. Columns:
   * process_instance_id, source, ticket_id, label, frustration, topics, scored_at, account_id.
   */
  public void forEachForDigest(DigestSelection selection, Instant from, Instant to, RowCallbackHandler row) {
    jdbc.query("""
        select s.process_instance_id, s.source, s.ticket_id, s.label, s.frustration, s.topics, s.scored_at,
               s.account_id
          from scored_ticket s
         where s.scored_at >= ? and s.scored_at < ? and %s
         order by s.scored_at""".formatted(selection.condition), row, Timestamp.from(from), Timestamp.from(to));
  }

  /**
   * The outcomes CS owners recorded on at-risk follow-throughs, oldest first, each with the text and gate action of
   * the instance whose alert opened the follow-through (a later message's row is another text).
   */
  public void forEachOutcomeOfAlertedTicket(Consumer<OutcomeOfTicket> outcome) {
    jdbc.query("""
        select o.business_key, s.masked_text, s.escalation_action, o.outcome
          from follow_through_outcome o
          join cs_follow_through c on c.process_instance_id = o.follow_through_instance_id
                                  and c.alert_process_instance_id = o.alert_process_instance_id
          join scored_ticket s on s.business_key = o.business_key
                              and s.process_instance_id = o.alert_process_instance_id
         where c.kind = 'AT_RISK' and s.masked_text is not null
         order by o.recorded_at, o.id""", rs -> {
      outcome.accept(new OutcomeOfTicket(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    });
  }

  /** A CS owner's recorded outcome (its stored value) beside the ticket's masked text and the gate's action. */
  public record OutcomeOfTicket(String businessKey, String maskedText, String escalationAction, String outcome) {
  }

  /** Per-account sums and counts of the trend windows; see {@link #forEachAccountWindowTotals}. */
  public record WindowTotals(long accountId, double sum7d, int count7d, double sum30d, int count30d,
      int frustrated30d, double sumBaseline, int countBaseline) {
  }

  /**
   * Adds up each account's tickets per window (indexed by account and time): one row per account, however many
   * tickets it had. The baseline window is the earliest, so it bounds the read; {@code exceptBusinessKey} (null for
   * none) is left out.
   */
  public void forEachAccountWindowTotals(Collection<Long> accountIds, Instant week, Instant month,
      Instant baselineStart, Instant dropStart, Instant now, int frustratedAt, String exceptBusinessKey,
      Consumer<WindowTotals> totals) {
    MapSqlParameterSource parameters = new MapSqlParameterSource()
        .addValue("week", Timestamp.from(week))
        .addValue("month", Timestamp.from(month))
        .addValue("baselineStart", Timestamp.from(baselineStart))
        .addValue("dropStart", Timestamp.from(dropStart))
        .addValue("now", Timestamp.from(now))
        .addValue("frustratedAt", frustratedAt)
        .addValue("accounts", accountIds)
        // No business key is empty, so "" leaves none out; a typed value, where "is null" would need a cast in
        // PostgreSQL.
        .addValue("except", exceptBusinessKey == null ? "" : exceptBusinessKey);
    named.query("""
        select account_id,
               sum(case when scored_at >= :week then polarity end) as sum_7d,
               count(case when scored_at >= :week then 1 end) as count_7d,
               sum(case when scored_at >= :month then polarity end) as sum_30d,
               count(case when scored_at >= :month then 1 end) as count_30d,
               count(case when scored_at >= :month and frustration >= :frustratedAt then 1 end) as frustrated_30d,
               sum(case when scored_at >= :baselineStart and scored_at < :dropStart then polarity end) as sum_baseline,
               count(case when scored_at >= :baselineStart and scored_at < :dropStart then 1 end) as count_baseline
          from scored_ticket
         where account_id in (:accounts) and scored_at >= :baselineStart and scored_at <= :now
           and business_key <> :except
         group by account_id""", parameters, (RowCallbackHandler) rs -> totals.accept(new WindowTotals(
        rs.getLong("account_id"), rs.getDouble("sum_7d"), rs.getInt("count_7d"), rs.getDouble("sum_30d"),
        rs.getInt("count_30d"), rs.getInt("frustrated_30d"), rs.getDouble("sum_baseline"),
        rs.getInt("count_baseline"))));
  }
}
