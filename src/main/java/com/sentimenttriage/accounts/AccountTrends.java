package com.sentimenttriage.accounts;

import java.time.Instant;

/** The sentiment trend of an account, computed from its scored tickets. */
public interface AccountTrends {

  /**
   * The trend as of {@code now}, counting the ticket being decided ({@code current}, may be null) with the
   * account's earlier scored tickets.
   */
  AccountTrend trendOf(long accountId, AccountTrend.Sample current, Instant now);
}
