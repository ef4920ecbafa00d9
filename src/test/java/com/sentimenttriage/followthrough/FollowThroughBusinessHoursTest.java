package com.sentimenttriage.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sentimenttriage.records.FollowThroughRecords;
import com.sentimenttriage.review.ReviewProperties;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Issue 18: with {@code triage.follow-through.business-hours=true} the playbook's due times and the CS manager's
 * escalation count working time (the calendar of {@code triage.review.business-hours}), computed without an engine
 * from a fixed clock: Friday 17:00 in Berlin, an hour before closing.
 */
class FollowThroughBusinessHoursTest {

  /** Friday 4 December 2026, 17:00 in Berlin. */
  private static final Clock FRIDAY_AFTERNOON = Clock.fixed(Instant.parse("2026-12-04T16:00:00Z"), ZoneOffset.UTC);
  /** Working hours of the review SLA, which review itself does not use here (enabled = false). */
  private static final ReviewProperties.BusinessHoursProperties BERLIN_OFFICE = new ReviewProperties
      .BusinessHoursProperties(false, ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), LocalTime.of(18, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  private static final List<Map<String, Object>> CRITICAL_PLAYBOOK = List.of(
      Map.of("order", 1, "step", "Acknowledge the customer's message", "dueWithin", "PT2H"),
      Map.of("order", 2, "step", "Book a call", "dueWithin", "PT24H"));

  @Test
  void theSettingTurnsTheReviewCalendarOnForTheFollowThroughAlone() {
    FollowThroughProperties on = bound(Map.of("triage.follow-through.business-hours", "true"));
    FollowThroughProperties off = bound(Map.of());

    assertThat(on.businessHours()).isTrue();
    assertThat(off.businessHours()).as("off unless configured").isFalse();
    assertThat(FollowThroughCalendar.of(on, BERLIN_OFFICE).hours().enabled()).isTrue();
    assertThat(FollowThroughCalendar.of(off, BERLIN_OFFICE).hours().enabled()).isFalse();
  }

  @Test
  void advocacyIsALightTaskUnlessTheDigestIsConfigured() {
    assertThat(bound(Map.of()).advocacy()).isEqualTo(FollowThroughProperties.Advocacy.TASK);
    assertThat(bound(Map.of("triage.follow-through.advocacy", "digest")).advocacy())
        .isEqualTo(FollowThroughProperties.Advocacy.DIGEST);
  }

  @Test
  void inBusinessHoursAFridayEveningAlertIsDueOnMondayMorningAndEscalatedOnTuesday() {
    Map<String, Object> set = schedule(bound(Map.of("triage.follow-through.business-hours", "true")));

    // 2 h from Friday 17:00: one hour on Friday, one on Monday from 08:00 (Berlin), so 08:00 UTC.
    assertThat(set.get("followThroughDue")).isEqualTo(Date.from(Instant.parse("2026-12-07T08:00:00Z")));
    // 24 h after that is a working day later: Tuesday 09:00 in Berlin.
    assertThat(set.get("escalateToManagerAt")).isEqualTo(Date.from(Instant.parse("2026-12-08T08:00:00Z")));
    assertThat((String) set.get("playbookSteps")).isEqualTo("""
        1. Acknowledge the customer's message — within 2 h, by Mon 7 Dec 08:00 UTC
        2. Book a call — within 24 h, by Mon 7 Dec 16:00 UTC""");
  }

  @Test
  void aroundTheClockTheSameAlertIsDueOnFridayEveningAndEscalatedOnSaturday() {
    Map<String, Object> set = schedule(bound(Map.of()));

    assertThat(set.get("followThroughDue")).isEqualTo(Date.from(Instant.parse("2026-12-04T18:00:00Z")));
    assertThat(set.get("escalateToManagerAt")).isEqualTo(Date.from(Instant.parse("2026-12-05T18:00:00Z")));
  }

  @Test
  void aFollowUpIsDueOnItsDayAndItsEscalationWaitsForTheNextWorkingDay() {
    FollowThroughProperties on = bound(Map.of("triage.follow-through.business-hours", "true"));
    FollowThroughOutcomes outcomes = new FollowThroughOutcomes(mock(FollowThroughRecords.class), on,
        FollowThroughCalendar.of(on, BERLIN_OFFICE), FRIDAY_AFTERNOON);

    FollowThroughOutcomes.Next next = outcomes.record(new FollowThroughOutcomes.Entered("ft-1", "pi-1", 7L,
        "call-booked", null, "2026-12-11", null, "ada.owner"));

    // The owner chose Friday 11 December: due at 17:00 UTC that day (18:00 in Berlin, closing time). The escalation
    // counts from Monday's opening: a working day later is Tuesday 08:00 in Berlin.
    assertThat(next.due()).isEqualTo(Instant.parse("2026-12-11T17:00:00Z"));
    assertThat(next.escalateAt()).isEqualTo(Instant.parse("2026-12-15T07:00:00Z"));
  }

  /** Runs the playbook step as the process does and returns the variables it set. */
  private static Map<String, Object> schedule(FollowThroughProperties properties) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("playbook")).thenReturn(CRITICAL_PLAYBOOK);
    new SchedulePlaybookDelegate(properties, FollowThroughCalendar.of(properties, BERLIN_OFFICE), FRIDAY_AFTERNOON)
        .execute(execution);
    var due = org.mockito.ArgumentCaptor.forClass(Object.class);
    var escalate = org.mockito.ArgumentCaptor.forClass(Object.class);
    var steps = org.mockito.ArgumentCaptor.forClass(Object.class);
    verify(execution).setVariable(eq("followThroughDue"), due.capture());
    verify(execution).setVariable(eq("escalateToManagerAt"), escalate.capture());
    verify(execution).setVariable(eq("playbookSteps"), steps.capture());
    return Map.of("followThroughDue", due.getValue(), "escalateToManagerAt", escalate.getValue(),
        "playbookSteps", steps.getValue());
  }

  private static FollowThroughProperties bound(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("triage.follow-through", FollowThroughProperties.class);
  }
}
