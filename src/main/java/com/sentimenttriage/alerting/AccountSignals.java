package com.sentimenttriage.alerting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
