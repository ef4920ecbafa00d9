package com.sentimenttriage.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Reads an account's scored tickets of the last months from scored_ticket (indexed by account and time). */
@Repository
public class JdbcAccountTrends implements AccountTrends {

  private static final String SAMPLES = """
      select account_id, scored_at, polarity, frustration from scored_ticket
       where scored_at >= ? and scored_at <= ?""";

  private final JdbcTemplate jdbc;
  private final TrendProperties properties;

  public JdbcAccountTrends(JdbcTemplate jdbc, TrendProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Override
  public AccountTrend trendOf(long accountId, AccountTrend.Sample current, Instant now) {
    List<AccountTrend.Sample> earlier = jdbc.query(SAMPLES + " and account_id = ?",
        (rs, row) -> sample(rs), Timestamp.from(since(now)), Timestamp.from(now), accountId);
    return AccountTrend.of(earlier, current, now, properties);
  }

  /** One read for all of them: the dashboard asks for every account with recent tickets at once. */
  @Override
  public Map<Long, AccountTrend> trendsOf(Collection<Long> accountIds, Instant now) {
    Map<Long, List<AccountTrend.Sample>> earlier = new HashMap<>();
    accountIds.forEach(accountId -> earlier.put(accountId, new ArrayList<>()));
    jdbc.query(SAMPLES + " and account_id is not null", (RowCallbackHandler) rs -> {
      List<AccountTrend.Sample> samples = earlier.get(rs.getLong("account_id"));
      if (samples != null) {
        samples.add(sample(rs));
      }
    }, Timestamp.from(since(now)), Timestamp.from(now));
    Map<Long, AccountTrend> trends = new HashMap<>();
    earlier.forEach((accountId, samples) -> trends.put(accountId,
        AccountTrend.of(samples, null, now, properties)));
    return trends;
  }

  /** Far enough back for the 30-day average and for the 30-day baseline before the drop window. */
  private Instant since(Instant now) {
    return now.minus(Duration.ofDays(AccountTrend.MONTH_DAYS
        + Math.max(AccountTrend.MONTH_DAYS, properties.dropWindowDays())));
  }

  private static AccountTrend.Sample sample(ResultSet rs) throws SQLException {
    return new AccountTrend.Sample(rs.getTimestamp("scored_at").toInstant(), rs.getDouble("polarity"),
        rs.getInt("frustration"));
  }
}
