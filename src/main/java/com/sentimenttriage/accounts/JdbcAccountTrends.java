package com.sentimenttriage.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads an account's scored tickets of the last months from scored_ticket (indexed by account and time). */
@Repository
public class JdbcAccountTrends implements AccountTrends {

  private final JdbcTemplate jdbc;
  private final TrendProperties properties;

  public JdbcAccountTrends(JdbcTemplate jdbc, TrendProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Override
  public AccountTrend trendOf(long accountId, AccountTrend.Sample current, Instant now) {
    Instant since = now.minus(Duration.ofDays(30L + Math.max(30, properties.dropWindowDays())));
    List<AccountTrend.Sample> earlier = jdbc.query("""
        select scored_at, polarity, frustration from scored_ticket
         where account_id = ? and scored_at >= ? and scored_at <= ?""",
        (rs, row) -> new AccountTrend.Sample(rs.getTimestamp("scored_at").toInstant(),
            rs.getDouble("polarity"), rs.getInt("frustration")),
        accountId, Timestamp.from(since), Timestamp.from(now));
    return AccountTrend.of(earlier, current, now, properties);
  }
}
