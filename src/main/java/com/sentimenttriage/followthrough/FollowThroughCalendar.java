package com.sentimenttriage.followthrough;

import com.sentimenttriage.review.BusinessHours;
import com.sentimenttriage.review.ReviewProperties;
import java.time.Duration;
import java.time.Instant;

/**
 * The time a follow-through's periods are counted in: around the clock, or with
 * {@code triage.follow-through.business-hours} in the working hours of {@code triage.review.business-hours}, so
 * "acknowledge within 2 h" asked on Friday at 17:30 is due on Monday morning, not on Friday night. Engine-free.
 */
public record FollowThroughCalendar(BusinessHours hours) {

  public static FollowThroughCalendar aroundTheClock() {
    return new FollowThroughCalendar(BusinessHours.alwaysOpen());
  }

  public static FollowThroughCalendar of(FollowThroughProperties properties,
      ReviewProperties.BusinessHoursProperties workingHours) {
    return new FollowThroughCalendar(properties.businessHours() ? workingHours.workingHours()
        : BusinessHours.alwaysOpen());
  }

  /** The instant {@code period} counted from {@code start} runs out. */
  public Instant after(Instant start, Duration period) {
    return hours.due(start, period);
  }
}
