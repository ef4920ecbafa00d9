package com.sentimenttriage.accounts;

import com.sentimenttriage.accounts.AccountTrend.Totals;
import com.sentimenttriage.accounts.AccountTrend.Windows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Adds up an account's scored tickets per window in scored_ticket (indexed by account and time): one row per
 * account, however many tickets it had, instead of every ticket of the last two months for every new one.
 */
@Repository
public class JdbcAccountTrends implements AccountTrends {

  /** The sums and counts of {@link Totals} per account, from the tickets of its windows. */
  private static final String TOTALS = """
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
       group by account_id""";

  private final NamedParameterJdbcTemplate jdbc;
  private final TrendProperties properties;

  public JdbcAccountTrends(JdbcTemplate jdbc, TrendProperties properties) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    this.properties = properties;
  }

  @Override
  public AccountTrend trendOf(long accountId, String exceptBusinessKey, Instant now) {
    return AccountTrend.of(totals(List.of(accountId), exceptBusinessKey, now).getOrDefault(accountId, Totals.NONE),
        null, properties);
  }

  /** One read for all of them: the dashboard asks for every account with recent tickets at once. */
  @Override
  public Map<Long, AccountTrend> trendsOf(Collection<Long> accountIds, Instant now) {
    Map<Long, Totals> totals = totals(accountIds, null, now);
    Map<Long, AccountTrend> trends = new HashMap<>();
    accountIds.forEach(accountId -> trends.put(accountId,
        AccountTrend.of(totals.getOrDefault(accountId, Totals.NONE), null, properties)));
    return trends;
  }

  private Map<Long, Totals> totals(Collection<Long> accountIds, String exceptBusinessKey, Instant now) {
    Map<Long, Totals> totals = new HashMap<>();
    if (accountIds.isEmpty()) {
      return totals;
    }
    // The baseline window (30 days before the drop window) is the earliest, so it bounds the read.
    Windows windows = Windows.asOf(now, properties);
    MapSqlParameterSource parameters = new MapSqlParameterSource()
        .addValue("week", Timestamp.from(windows.week()))
        .addValue("month", Timestamp.from(windows.month()))
        .addValue("baselineStart", Timestamp.from(windows.baselineStart()))
        .addValue("dropStart", Timestamp.from(windows.dropStart()))
        .addValue("now", Timestamp.from(now))
        .addValue("frustratedAt", properties.frustratedAt())
        .addValue("accounts", accountIds)
        // No business key is empty, so "" leaves none out; a typed value, where "is null" would need a cast in
        // PostgreSQL.
        .addValue("except", exceptBusinessKey == null ? "" : exceptBusinessKey);
    jdbc.query(TOTALS, parameters, (RowCallbackHandler) rs -> totals.put(rs.getLong("account_id"), totals(rs)));
    return totals;
  }

  private static Totals totals(ResultSet rs) throws SQLException {
    return new Totals(rs.getDouble("sum_7d"), rs.getInt("count_7d"), rs.getDouble("sum_30d"),
        rs.getInt("count_30d"), rs.getInt("frustrated_30d"), rs.getDouble("sum_baseline"),
        rs.getInt("count_baseline"));
  }
}
