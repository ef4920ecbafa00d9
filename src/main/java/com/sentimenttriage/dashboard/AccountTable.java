package com.sentimenttriage.dashboard;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrend.Light;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.JdbcAccountDirectory;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.records.ScoredTicketStore.AccountScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The dashboard's account table: every account with scored tickets in the last 30 days, with the traffic light the
 * escalation gate and the review form see (accounts' {@link AccountTrends}, thresholds {@code triage.trend.*}), so a
 * supervisor never reads two colours for one account. The tickets shown beside it are those of the trend's own
 * window, the 30 days up to now, in 24-hour periods: the last 7 points of the sparkline hold the tickets of the
 * 7-day average, all 30 those of the 30-day one.
 */
@Component
public class AccountTable {

  static final int DAYS = AccountTrend.MONTH_DAYS;

  /** Red first, a declining account before a steady one of the same light, then the lowest average. */
  private static final List<Light> SEVERITY = List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.UNKNOWN);
  private static final Comparator<AccountTrend> WORST_FIRST = Comparator
      .comparingInt((AccountTrend trend) -> SEVERITY.indexOf(trend.light()))
      .thenComparing(trend -> !trend.declining())
      .thenComparing(AccountTrend::lightAverage, Comparator.nullsLast(Comparator.naturalOrder()));

  private final ScoredTicketStore tickets;
  private final JdbcAccountDirectory accounts;
  private final AccountTrends trends;
  private final TrendProperties properties;
  private final Clock clock;

  public AccountTable(ScoredTicketStore tickets, JdbcAccountDirectory accounts, AccountTrends trends,
      TrendProperties properties, Clock clock) {
    this.tickets = tickets;
    this.accounts = accounts;
    this.trends = trends;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * One account of the table.
   *
   * @param light green, yellow, red or unknown, as in the review form and {@code GET /api/accounts/{id}/trend}
   * @param baseline the light before the drop window, which {@code declining} compares with
   * @param reason the averages and thresholds behind the light
   * @param dailyPolarity 30 values, oldest first: each 24 hours' average polarity, or null without tickets
   */
  public record AccountRow(long accountId, String name, String light, boolean declining, String baseline,
      String reason, int tickets, int negative, Double average7d, Double average30d, List<Double> dailyPolarity) {
  }

  public List<AccountRow> last30Days() {
    Instant now = clock.instant();
    List<AccountScore> rows = tickets.ofAccountsScoredBetween(now.minus(Duration.ofDays(DAYS)), now);
    // Only accounts the app's tables hold: a ticket's account may have been deleted since.
    Map<Long, Account> known = accounts.findAllById(rows.stream().map(AccountScore::accountId).distinct().toList());
    Map<Long, List<AccountScore>> byAccount = rows.stream().filter(row -> known.containsKey(row.accountId()))
        .collect(Collectors.groupingBy(AccountScore::accountId));
    // Read second, so every account read above has its tickets in the trend too.
    Map<Long, AccountTrend> trendOf = trends.trendsOf(byAccount.keySet(), now);
    return byAccount.keySet().stream()
        .sorted(Comparator.comparing(trendOf::get, WORST_FIRST))
        .map(accountId -> row(known.get(accountId).name(), byAccount.get(accountId), trendOf.get(accountId), now))
        .toList();
  }

  private AccountRow row(String name, List<AccountScore> scored, AccountTrend trend, Instant now) {
    int negative = (int) scored.stream().map(AccountScore::label).filter(TicketRow::isNegative).count();
    return new AccountRow(scored.get(0).accountId(), name, trend.light().value(), trend.declining(),
        trend.baseline().value(), trend.reason(properties), scored.size(), negative, trend.average7d(),
        trend.average30d(), daily(scored, now));
  }

  private static List<Double> daily(List<AccountScore> scored, Instant now) {
    Map<Integer, Double> averages = scored.stream().collect(Collectors.groupingBy(
        s -> period(s.scoredAt(), now), Collectors.averagingDouble(AccountScore::polarity)));
    List<Double> daily = new ArrayList<>(Collections.nCopies(DAYS, null));
    averages.forEach((period, average) -> daily.set(period, DashboardMetrics.round(average)));
    return daily;
  }

  /** 29 for the last 24 hours, 0 for the first; a ticket exactly 30 days old counts with the first, as in the trend. */
  private static int period(Instant scoredAt, Instant now) {
    return DAYS - 1 - (int) Math.min(DAYS - 1, Duration.between(scoredAt, now).toDays());
  }
}
