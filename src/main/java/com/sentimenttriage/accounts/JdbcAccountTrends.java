package com.sentimenttriage.accounts;

import com.sentimenttriage.accounts.AccountTrend.Totals;
import com.sentimenttriage.accounts.AccountTrend.Windows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Adds up an account's scored tickets per window in scored_ticket (indexed by account and time): one row per
 * account, however many tickets it had, instead of every ticket of the last two months for every new one.
 */
@Repository
public class JdbcAccountTrends implements AccountTrends {

  /** The sums and counts of {@link Totals}; the window bounds are parameters, in this order. */
  private static final String TOTALS = """
      select account_id,
             sum(case when scored_at >= ? then polarity end) as sum_7d,
             count(case when scored_at >= ? then 1 end) as count_7d,
             sum(case when scored_at >= ? then polarity end) as sum_30d,
             count(case when scored_at >= ? then 1 end) as count_30d,
             count(case when scored_at >= ? and frustration >= ? then 1 end) as frustrated_30d,
             sum(case when scored_at >= ? and scored_at < ? then polarity end) as sum_baseline,
             count(case when scored_at >= ? and scored_at < ? then 1 end) as count_baseline
        from scored_ticket
       where scored_at >= ? and scored_at <= ?""";

  private final JdbcTemplate jdbc;
  private final TrendProperties properties;

  public JdbcAccountTrends(JdbcTemplate jdbc, TrendProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Override
  public AccountTrend trendOf(long accountId, AccountTrend.Sample current, Instant now) {
    Map<Long, Totals> totals = totals(" and account_id = ? group by account_id", now, accountId);
    return AccountTrend.of(totals.getOrDefault(accountId, Totals.NONE), current, properties);
  }

  /** One read for all of them: the dashboard asks for every account with recent tickets at once. */
  @Override
  public Map<Long, AccountTrend> trendsOf(Collection<Long> accountIds, Instant now) {
    Map<Long, Totals> totals = totals(" and account_id is not null group by account_id", now);
    Map<Long, AccountTrend> trends = new HashMap<>();
    accountIds.forEach(accountId -> trends.put(accountId,
        AccountTrend.of(totals.getOrDefault(accountId, Totals.NONE), null, properties)));
    return trends;
  }

  private Map<Long, Totals> totals(String condition, Instant now, Object... more) {
    Windows windows = Windows.asOf(now, properties);
    Timestamp week = Timestamp.from(windows.week());
    Timestamp month = Timestamp.from(windows.month());
    Timestamp baselineStart = Timestamp.from(windows.baselineStart());
    Timestamp dropStart = Timestamp.from(windows.dropStart());
    Timestamp since = baselineStart.before(month) ? baselineStart : month;
    Object[] bounds = {week, week, month, month, month, properties.frustratedAt(), baselineStart, dropStart,
        baselineStart, dropStart, since, Timestamp.from(now)};
    Object[] parameters = new Object[bounds.length + more.length];
    System.arraycopy(bounds, 0, parameters, 0, bounds.length);
    System.arraycopy(more, 0, parameters, bounds.length, more.length);
    Map<Long, Totals> totals = new HashMap<>();
    jdbc.query(TOTALS + condition, (RowCallbackHandler) rs -> totals.put(rs.getLong("account_id"), totals(rs)),
        parameters);
    return totals;
  }

  private static Totals totals(ResultSet rs) throws SQLException {
    return new Totals(rs.getDouble("sum_7d"), rs.getInt("count_7d"), rs.getDouble("sum_30d"),
        rs.getInt("count_30d"), rs.getInt("frustrated_30d"), rs.getDouble("sum_baseline"),
        rs.getInt("count_baseline"));
  }
}
