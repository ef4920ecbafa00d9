package com.sentimenttriage.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The sentiment trend of an account, computed from its scored tickets. */
public interface AccountTrends {

  /**
   * The trend as of {@code now} from the account's scored tickets other than the one stored under
   * {@code exceptBusinessKey} (null: all of them). The gate passes the ticket it decides: a ticket must not be a
   * risk factor of its own, and a follow-up's earlier score of the same ticket is that ticket too. Its first
   * angry message would otherwise turn its own account's light red ("no earlier tickets" and "account sentiment
   * is red" on one review form) and count towards "sentiment dropped".
   */
  AccountTrend trendOf(long accountId, String exceptBusinessKey, Instant now);

  /**
   * The trends of several accounts as of {@code now}, each exactly as {@link #trendOf} gives it with no ticket
   * left out. Implementations may read them at once; this default asks one account at a time.
   */
  default Map<Long, AccountTrend> trendsOf(Collection<Long> accountIds, Instant now) {
    Map<Long, AccountTrend> trends = new HashMap<>();
    for (long accountId : accountIds) {
      trends.put(accountId, trendOf(accountId, null, now));
    }
    return trends;
  }
}
