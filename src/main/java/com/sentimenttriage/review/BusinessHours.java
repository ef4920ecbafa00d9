package com.sentimenttriage.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a review is due: an SLA added to a start instant, either around the clock or in working time only.
 *
 * <p>With a calendar, whole days of the SLA count as working days (P1D from Friday 10:00 is Monday 10:00) and the
 * rest as working time (PT1H from Friday 17:30 is Monday 08:30, with working hours 08:00-18:00). A start outside
 * working hours begins counting at the next opening. Public holidays are not modelled. Engine-free and immutable.
 */
public final class BusinessHours {

  private final ZoneId zone;
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<DayOfWeek> workingDays;
  private final boolean enabled;

  private BusinessHours(boolean enabled, ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays) {
    this.enabled = enabled;
    this.zone = Objects.requireNonNull(zone);
    this.opens = Objects.requireNonNull(opens);
    this.closes = Objects.requireNonNull(closes);
    this.workingDays = EnumSet.copyOf(workingDays);
    if (enabled && !opens.isBefore(closes)) {
      throw new IllegalArgumentException("Working hours must open before they close: " + opens + "-" + closes);
    }
  }

  /** Around the clock: due = start + SLA. */
  public static BusinessHours alwaysOpen() {
    return new BusinessHours(false, ZoneId.of("UTC"), LocalTime.MIDNIGHT, LocalTime.MAX,
        EnumSet.allOf(DayOfWeek.class));
  }

  public static BusinessHours of(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays) {
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("A business-hours calendar needs at least one working day");
    }
    return new BusinessHours(true, zone, opens, closes, workingDays);
  }

  public boolean enabled() {
    return enabled;
  }

  /** The zone working hours are in, and in which people read due times. */
  public ZoneId zone() {
    return zone;
  }

  /** The instant an SLA that starts at {@code start} runs out. */
  public Instant due(Instant start, Duration sla) {
    if (sla.isNegative()) {
      throw new IllegalArgumentException("An SLA cannot be negative: " + sla);
    }
    if (!enabled) {
      return start.plus(sla);
    }
    ZonedDateTime t = nextOpening(start.atZone(zone));
    for (long day = 0; day < sla.toDays(); day++) {
      t = nextWorkingDay(t).with(t.toLocalTime());
    }
    Duration remaining = sla.minusDays(sla.toDays());
    while (true) {
      Duration leftToday = Duration.between(t, t.with(closes));
      if (remaining.compareTo(leftToday) <= 0) {
        return t.plus(remaining).toInstant();
      }
      remaining = remaining.minus(leftToday);
      t = nextWorkingDay(t).with(opens);
    }
  }

  /** {@code t} itself when it is inside working hours, else the next opening. */
  private ZonedDateTime nextOpening(ZonedDateTime t) {
    if (workingDays.contains(t.getDayOfWeek())) {
      if (t.toLocalTime().isBefore(opens)) {
        return t.with(opens);
      }
      if (t.toLocalTime().isBefore(closes)) {
        return t;
      }
    }
    return nextWorkingDay(t).with(opens);
  }

  private ZonedDateTime nextWorkingDay(ZonedDateTime t) {
    ZonedDateTime next = t.plusDays(1);
    while (!workingDays.contains(next.getDayOfWeek())) {
      next = next.plusDays(1);
    }
    return next;
  }
}
