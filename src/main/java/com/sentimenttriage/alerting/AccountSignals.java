package com.sentimenttriage.alerting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the app's tables say about an account lately: how its health score moved (for the alert) and which way its
 * ticket sentiment is going (for the digests). The alert's risk factors are the gate's, not computed here.
 */
@Repository
public class AccountSignals {

  private final JdbcTemplate jdbc;

  public AccountSignals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
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
