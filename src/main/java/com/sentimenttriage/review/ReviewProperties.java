package com.sentimenttriage.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param earlierTicketsWindow how far back the review form lists the account's earlier tickets
 * @param businessHours        the optional calendar review due dates are computed in
 */
@ConfigurationProperties("triage.review")
public record ReviewProperties(
    @DefaultValue("P30D") Duration earlierTicketsWindow,
    @DefaultValue BusinessHoursProperties businessHours) {

  /**
   * @param enabled off: SLAs run around the clock
   * @param zone    the time zone working hours are in
   * @param opens   start of a working day
   * @param closes  end of a working day
   * @param days    working days
   */
  public record BusinessHoursProperties(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("UTC") ZoneId zone,
      @DefaultValue("08:00") LocalTime opens,
      @DefaultValue("18:00") LocalTime closes,
      @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> days) {

    public BusinessHours calendar() {
      return enabled ? workingHours() : BusinessHours.alwaysOpen();
    }

    /** These working hours whether or not review SLAs use them: the follow-through may count in them alone. */
    public BusinessHours workingHours() {
      return BusinessHours.of(zone, opens, closes, EnumSet.copyOf(days));
    }
  }
}
