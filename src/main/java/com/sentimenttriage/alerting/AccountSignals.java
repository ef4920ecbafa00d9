package com.sentimenttriage.alerting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the scored_ticket table says about an account lately: how many frustrated tickets, and which way its
 * sentiment is going. Until the account health work (issue 5) provides its own trend, alerts and digests read it
 * here.
 */
@Repository
public class AccountSignals {

  private final JdbcTemplate jdbc;

  public AccountSignals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public int frustratedTicketsSince(long accountId, int frustratedAt, Instant since) {
    Integer count = jdbc.queryForObject("""
        select count(*) from scored_ticket
         where account_id = ? and frustration >= ? and scored_at >= ?""",
        Integer.class, accountId, frustratedAt, Timestamp.from(since));
    return count == null ? 0 : count;
  }

  /**
   * How the account's health score moved since {@code since}: its latest score minus the score it had then (the last
   * one recorded at or before {@code since}, else the first one after it). Empty with fewer than two scores.
   */
  public Optional<Integer> healthChangeSince(long accountId, Instant since) {
    List<Integer> latest = jdbc.queryForList("""
        select health_score from account_health where account_id = ? order by recorded_at desc""",
        Integer.class, accountId);
    if (latest.size() < 2) {
      return Optional.empty();
    }
    List<Integer> then = jdbc.queryForList("""
        select health_score from account_health where account_id = ? and recorded_at <= ?
         order by recorded_at desc""", Integer.class, accountId, Timestamp.from(since));
    int before = then.isEmpty() ? latest.get(latest.size() - 1) : then.get(0);
    return Optional.of(latest.get(0) - before);
  }

  /** The period ending at {@code end} compared with the period of the same length before it. */
  public Trend trend(long accountId, Instant end, Duration period) {
    Instant start = end.minus(period);
    Double later = averagePolarity(accountId, start, end);
    if (later == null) {
      return Trend.STEADY;
    }
    return Trend.between(averagePolarity(accountId, start.minus(period), start), later);
  }

  private Double averagePolarity(long accountId, Instant from, Instant to) {
    return jdbc.queryForObject("""
        select avg(polarity) from scored_ticket
         where account_id = ? and scored_at >= ? and scored_at < ?""",
        Double.class, accountId, Timestamp.from(from), Timestamp.from(to));
  }
}
