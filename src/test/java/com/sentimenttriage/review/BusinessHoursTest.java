package com.sentimenttriage.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Review due dates in working time: Mon-Fri 08:00-18:00, Berlin (CET in November, UTC+1). */
class BusinessHoursTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessHours OFFICE = BusinessHours.of(BERLIN, LocalTime.of(8, 0), LocalTime.of(18, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  private static Instant berlin(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
      // the example: a Friday-evening one-hour SLA does not fire at 19:00
      "2026-11-06T17:30, PT1H,   2026-11-09T08:30",
      "2026-11-06T17:00, PT1H,   2026-11-06T18:00",
      "2026-11-06T19:00, PT1H,   2026-11-09T09:00",
      "2026-11-07T11:00, PT1H,   2026-11-09T09:00",
      "2026-11-09T06:00, PT1H,   2026-11-09T09:00",
      "2026-11-09T09:00, PT4H,   2026-11-09T13:00",
      "2026-11-09T16:00, PT4H,   2026-11-10T10:00",
      // ten working hours is a full working day
      "2026-11-09T08:00, PT10H,  2026-11-09T18:00",
      "2026-11-09T08:00, PT11H,  2026-11-10T09:00",
      // days count as working days, at the same time of day
      "2026-11-06T10:00, P1D,    2026-11-09T10:00",
      "2026-11-05T10:00, P2D,    2026-11-09T10:00",
      "2026-11-06T20:00, P1D,    2026-11-10T08:00",
      "2026-11-09T10:00, P1DT9H, 2026-11-11T09:00",
      "2026-11-09T10:00, PT0S,   2026-11-09T10:00",
  })
  void countsOnlyWorkingTime(String start, String sla, String due) {
    assertThat(OFFICE.due(berlin(start), Duration.parse(sla))).isEqualTo(berlin(due));
  }

  @Test
  void runsAroundTheClockWhenDisabled() {
    Instant fridayEvening = berlin("2026-11-06T17:30");
    assertThat(BusinessHours.alwaysOpen().due(fridayEvening, Duration.ofHours(1)))
        .isEqualTo(berlin("2026-11-06T18:30"));
    assertThat(BusinessHours.alwaysOpen().enabled()).isFalse();
  }

  @Test
  void keepsWallClockHoursAcrossTheDaylightSavingChange() {
    // Clocks go back on Sunday 25 October 2026; Friday 17:30 + PT1H is Monday 08:30 local, one hour later in UTC terms.
    assertThat(OFFICE.due(berlin("2026-10-23T17:30"), Duration.ofHours(1))).isEqualTo(berlin("2026-10-26T08:30"));
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> OFFICE.due(Instant.now(), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BusinessHours.of(BERLIN, LocalTime.of(18, 0), LocalTime.of(8, 0),
        EnumSet.of(DayOfWeek.MONDAY))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BusinessHours.of(BERLIN, LocalTime.of(8, 0), LocalTime.of(18, 0),
        EnumSet.noneOf(DayOfWeek.class))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDueDateIsNeverEarlierThanTheStartAndAlwaysFallsInWorkingHours() {
    Random random = new Random(42);
    Instant base = berlin("2026-01-01T00:00");
    for (int i = 0; i < 5_000; i++) {
      Instant start = base.plusSeconds(random.nextInt(365 * 24 * 3600));
      Duration sla = Duration.ofMinutes(1 + random.nextInt(5 * 24 * 60));
      Instant due = OFFICE.due(start, sla);
      ZonedDateTime local = due.atZone(BERLIN);
      assertThat(due).isAfterOrEqualTo(start.plus(sla.minusDays(sla.toDays())));
      assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(local.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(18, 0));
    }
  }
}
