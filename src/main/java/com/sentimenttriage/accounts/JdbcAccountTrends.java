package com.sentimenttriage.accounts;

import com.sentimenttriage.accounts.AccountTrend.Totals;
import com.sentimenttriage.accounts.AccountTrend.Windows;
import com.sentimenttriage.records.ScoredTicketStore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * Adds up an account's scored tickets per window in scored_ticket (indexed by account and time, {@link
 * ScoredTicketStore#forEachAccountWindowTotals}): one row per account, however many tickets it had, instead of every
 * ticket of the last two months for every new one.
 */
@Repository
public class JdbcAccountTrends implements AccountTrends {

  private final ScoredTicketStore tickets;
  private final TrendProperties properties;

  public JdbcAccountTrends(ScoredTicketStore tickets, TrendProperties properties) {
    this.tickets = tickets;
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
    tickets.forEachAccountWindowTotals(accountIds, windows.week(), windows.month(), windows.baselineStart(),
        windows.dropStart(), now, properties.frustratedAt(), exceptBusinessKey, t -> totals.put(t.accountId(),
            new Totals(t.sum7d(), t.count7d(), t.sum30d(), t.count30d(), t.frustrated30d(), t.sumBaseline(),
                t.countBaseline())));
    return totals;
  }
}
