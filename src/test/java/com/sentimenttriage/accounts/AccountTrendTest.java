package com.sentimenttriage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.accounts.AccountTrend.Light;
import com.sentimenttriage.accounts.AccountTrend.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The traffic light at its thresholds, the rolling windows, and the three-week drop. */
class AccountTrendTest {

  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
  private static final TrendProperties PROPERTIES = TrendProperties.defaults();

  private static Sample daysAgo(double days, double polarity, int frustration) {
    return new Sample(NOW.minus(Duration.ofMinutes((long) (days * 24 * 60))), polarity, frustration);
  }

  @ParameterizedTest(name = "average {0} -> {1}")
  @CsvSource({"0.3, GREEN", "-0.1, GREEN", "-0.11, YELLOW", "-0.4, YELLOW", "-0.41, RED"})
  void theLightFollowsTheAveragePolarity(double polarity, Light light) {
    assertThat(AccountTrend.of(List.of(), new Sample(NOW, polarity, 0), NOW, PROPERTIES).light()).isEqualTo(light);
  }

  @Test
  void averagesTheLastSevenAndThirtyDaysWithTheCurrentTicket() {
    List<Sample> earlier = List.of(daysAgo(2, -0.6, 80), daysAgo(10, 0.6, 0), daysAgo(31, -1.0, 90));
    AccountTrend trend = AccountTrend.of(earlier, new Sample(NOW, -0.2, 60), NOW, PROPERTIES);

    assertThat(trend.average7d()).isEqualTo(-0.4);
    assertThat(trend.average30d()).isEqualTo(-0.067);
    assertThat(trend.light()).isEqualTo(Light.YELLOW);
    assertThat(trend.frustratedTicketsLast30Days()).isEqualTo(1);
  }

  @Test
  void fallsBackToThirtyDaysAndIsUnknownWithoutTickets() {
    assertThat(AccountTrend.of(List.of(daysAgo(12, -0.5, 0)), null, NOW, PROPERTIES).light()).isEqualTo(Light.RED);
    assertThat(AccountTrend.of(List.of(), null, NOW, PROPERTIES).light()).isEqualTo(Light.UNKNOWN);
  }

  @Test
  void aGreenAccountTurningYellowWithinThreeWeeksIsDeclining() {
    AccountTrend dropped = AccountTrend.of(List.of(daysAgo(22, 0.5, 0)), new Sample(NOW, -0.2, 40), NOW,
        PROPERTIES);
    assertThat(dropped.baseline()).isEqualTo(Light.GREEN);
    assertThat(dropped.light()).isEqualTo(Light.YELLOW);
    assertThat(dropped.declining()).isTrue();
  }

  @Test
  void noDropWithoutABaselineOrWhenTheLightImproved() {
    // 20 days ago lies inside the drop window, not before it: there is no baseline to drop from
    assertThat(AccountTrend.of(List.of(daysAgo(20, 0.5, 0)), new Sample(NOW, -0.2, 40), NOW, PROPERTIES)
        .declining()).isFalse();
    assertThat(AccountTrend.of(List.of(daysAgo(22, -0.6, 0)), new Sample(NOW, 0.4, 0), NOW, PROPERTIES)
        .declining()).isFalse();
  }

  @Test
  void frustrationCountsFromTheConfiguredMark() {
    List<Sample> earlier = List.of(daysAgo(1, -0.3, 50), daysAgo(3, -0.3, 49), daysAgo(29, -0.3, 95));
    assertThat(AccountTrend.of(earlier, null, NOW, PROPERTIES).frustratedTicketsLast30Days()).isEqualTo(2);
  }

  @Test
  void theReasonNamesTheAverageAndTheThresholdsBehindTheLight() {
    AccountTrend dropped = AccountTrend.of(List.of(daysAgo(22, 0.5, 0)), new Sample(NOW, -0.5, 40), NOW,
        PROPERTIES);
    assertThat(dropped.reason(PROPERTIES))
        .isEqualTo("7-day average -0.5, red below -0.4; dropped from green within 21 days");
    assertThat(AccountTrend.of(List.of(daysAgo(12, -0.2, 0)), null, NOW, PROPERTIES).reason(PROPERTIES))
        .isEqualTo("No ticket in 7 days; 30-day average -0.2, yellow below -0.1, red below -0.4");
    assertThat(AccountTrend.of(List.of(), new Sample(NOW, 0.3, 0), NOW, PROPERTIES).reason(PROPERTIES))
        .isEqualTo("7-day average 0.3, green from -0.1");
    assertThat(AccountTrend.NONE.reason(PROPERTIES)).isEqualTo("No scored ticket in 30 days");
  }
}
