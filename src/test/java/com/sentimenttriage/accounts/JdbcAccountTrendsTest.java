package com.sentimenttriage.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sentimenttriage.accounts.AccountTrend.Sample;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.support.MigratedDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database adds an account's tickets up per window exactly as {@link AccountTrend#of} does from the tickets
 * themselves (H2, and PostgreSQL in its run): random tickets over 70 days, window edges included.
 */
@Tag("database")
class JdbcAccountTrendsTest {

  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final TrendProperties PROPERTIES = TrendProperties.defaults();

  private final JdbcTemplate jdbc = MigratedDatabase.ofThisRun("trends");
  private final JdbcAccountTrends trends = new JdbcAccountTrends(new ScoredTicketStore(jdbc), PROPERTIES);
  private final Random random = new Random(20261120);
  private int stored;

  @Test
  void theDatabaseTotalsGiveTheTrendTheTicketsGive() {
    Map<Long, List<Sample>> tickets = Map.of(1L, tickets(1, 300), 2L, tickets(2, 12), 3L, tickets(3, 1),
        4L, List.of());

    for (Map.Entry<Long, List<Sample>> account : tickets.entrySet()) {
      List<Sample> earlier = account.getValue().stream().filter(s -> !s.scoredAt().isAfter(NOW)).toList();
      AccountTrend expected = AccountTrend.of(earlier, null, NOW, PROPERTIES);
      AccountTrend actual = trends.trendOf(account.getKey(), "no such ticket", NOW);
      assertSame(actual, expected, "account " + account.getKey());
      assertSame(trends.trendsOf(List.of(account.getKey()), NOW).get(account.getKey()), expected,
          "account " + account.getKey() + " on the dashboard");
    }
    assertThat(trends.trendOf(1, null, NOW).frustratedTicketsLast30Days()).as("the test's own data")
        .isPositive();
  }

  /**
   * The ticket the gate decides is not a risk factor of its own: its earlier score (a follow-up's first message,
   * or a backfilled copy) stays out of its account's light and frustrated count, the other tickets stay in.
   */
  @Test
  void theTicketBeingDecidedDoesNotCountTowardsItsOwnAccountsTrend() {
    store(5, "own:calm", 0.4, 10, NOW.minus(Duration.ofDays(2)));
    store(5, "own:angry", -0.9, 85, NOW.minus(Duration.ofHours(1)));

    AccountTrend withoutIt = trends.trendOf(5, "own:angry", NOW);
    assertThat(withoutIt.light()).isEqualTo(AccountTrend.Light.GREEN);
    assertThat(withoutIt.average7d()).isEqualTo(0.4);
    assertThat(withoutIt.frustratedTicketsLast30Days()).isZero();

    AccountTrend all = trends.trendOf(5, null, NOW);
    assertThat(all.light()).as("the dashboard's view, no ticket left out").isEqualTo(AccountTrend.Light.YELLOW);
    assertThat(all.frustratedTicketsLast30Days()).isEqualTo(1);
  }

  private static void assertSame(AccountTrend actual, AccountTrend expected, String what) {
    assertThat(actual.light()).as(what).isEqualTo(expected.light());
    assertThat(actual.baseline()).as(what).isEqualTo(expected.baseline());
    assertThat(actual.frustratedTicketsLast30Days()).as(what).isEqualTo(expected.frustratedTicketsLast30Days());
    assertAverage(actual.average7d(), expected.average7d(), what + ", 7 days");
    assertAverage(actual.average30d(), expected.average30d(), what + ", 30 days");
  }

  private static void assertAverage(Double actual, Double expected, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(0.0011));
    }
  }

  /** Tickets of the account spread over 70 days (and one tomorrow, which no window holds), stored as scored. */
  private List<Sample> tickets(long accountId, int count) {
    AccountTrend.Windows windows = AccountTrend.Windows.asOf(NOW, PROPERTIES);
    List<Instant> times = new ArrayList<>(List.of(windows.week(), windows.month(), windows.dropStart(),
        windows.baselineStart(), NOW.plus(Duration.ofDays(1))));
    while (times.size() < count + 5) {
      times.add(NOW.minusSeconds(random.nextInt(70 * 24 * 3600)));
    }
    List<Sample> samples = new ArrayList<>();
    for (Instant at : times.subList(0, count)) {
      double polarity = Math.round((random.nextDouble() * 2 - 1) * 10_000) / 10_000.0;
      Sample sample = new Sample(at, polarity, random.nextInt(101));
      store(accountId, "t:" + stored, polarity, sample.frustration(), at);
      samples.add(sample);
    }
    return samples;
  }

  private void store(long accountId, String businessKey, double polarity, int frustration, Instant at) {
    jdbc.update("insert into scored_ticket (business_key, process_instance_id, source, ticket_id, account_id, "
        + "polarity, frustration, label, escalation_action, severity, scored_at) values (?, ?, ?, ?, ?, ?, ?, ?, "
        + "?, ?, ?)", businessKey, "p" + stored, "t", String.valueOf(stored), accountId, polarity,
        frustration, "Neutral", "LOG", "Low", Timestamp.from(at));
    stored++;
  }
}
