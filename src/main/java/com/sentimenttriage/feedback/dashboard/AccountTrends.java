package com.sentimenttriage.feedback.dashboard;

import java.util.List;

/**
 * Accounts with their traffic light and their last 30 days of sentiment, for the dashboard's account table. The
 * default, {@link ScoredTicketAccountTrends}, derives both from scored tickets; account health (issue 5) replaces
 * it with a {@code @Primary} bean of its own.
 */
public interface AccountTrends {

  List<AccountTrend> last30Days();

  /** Traffic light: green, amber or red. */
  enum Light { GREEN, AMBER, RED }

  /**
   * @param dailyPolarity 30 values, oldest first: the day's average polarity, or null on a day without tickets
   */
  record AccountTrend(long accountId, String name, Light light, String reason, int tickets, int negative,
      Double averagePolarity, List<Double> dailyPolarity) {
  }
}
