package com.sentimenttriage.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The sentiment trend of an account, computed from its scored tickets. */
public interface AccountTrends {

  /**
   * The trend as of {@code now}, counting the ticket being decided ({@code current}, may be null) with the
   * account's earlier scored tickets.
   */
  AccountTrend trendOf(long accountId, AccountTrend.Sample current, Instant now);

  /**
   * The trends of several accounts as of {@code now}, each exactly as {@link #trendOf} gives it without a current
   * ticket. Implementations may read them at once; this default asks one account at a time.
   */
  default Map<Long, AccountTrend> trendsOf(Collection<Long> accountIds, Instant now) {
    Map<Long, AccountTrend> trends = new HashMap<>();
    for (long accountId : accountIds) {
      trends.put(accountId, trendOf(accountId, null, now));
    }
    return trends;
  }
}
