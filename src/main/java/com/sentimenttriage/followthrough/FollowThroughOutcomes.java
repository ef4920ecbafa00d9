package com.sentimenttriage.followthrough;

import com.sentimenttriage.records.FollowThroughRecords;
import com.sentimenttriage.records.FollowThroughRecords.Outcome;
import com.sentimenttriage.triage.TriageVariables.FollowThroughOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a CS owner's completed task means, engine-free: the outcome is stored per alert and account, and a follow-up
 * date in the future keeps the follow-through open until that day. Refuses what the form cannot express: an unknown
 * outcome, "no action needed" without the why, a follow-up date that is not after today.
 */
public class FollowThroughOutcomes {

  private final FollowThroughRecords records;
  private final FollowThroughProperties properties;
  private final FollowThroughCalendar calendar;
  private final Clock clock;

  public FollowThroughOutcomes(FollowThroughRecords records, FollowThroughProperties properties,
      FollowThroughCalendar calendar, Clock clock) {
    this.records = records;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What the owner entered in the form. */
  public record Entered(String followThroughInstanceId, String alertProcessInstanceId, Long accountId, String outcome, String noActionReason, String followUpDate, String note, String recordedBy) {
  }

  /**
   * @param followUpAt null when the follow-through closes now
   * @param due        the re-opened task's due date (and reminder); null when it closes
   * @param escalateAt when its CS manager hears of it; null when it closes
   */
  public record Next(Instant followUpAt, Instant due, Instant escalateAt) {

    public boolean followUp() {
      return followUpAt != null;
    }
  }

  public Next record(Entered entered) {
    FollowThroughOutcome outcome;
    try {
      outcome = FollowThroughOutcome.of(entered.outcome());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Choose what you did: " + e.getMessage(), e);
    }
    String reason = blankToNull(entered.noActionReason());
    if (outcome.hintsFalsePositive() && reason == null) {
      throw new IllegalArgumentException("Say why no action is needed: it tells the triage what it got wrong");
    }
    Instant now = clock.instant();
    Optional<LocalDate> followUp = followUpDate(entered.followUpDate(), now);
    records.recorded(new Outcome(entered.followThroughInstanceId(), entered.alertProcessInstanceId(),
        entered.accountId(), outcome, reason, blankToNull(entered.note()),
        followUp.orElse(null), entered.recordedBy(), now));
    if (followUp.isEmpty()) {
      records.closed(entered.followThroughInstanceId(), now);
      return new Next(null, null, null);
    }
    Instant at = followUp.get().atStartOfDay(ZoneOffset.UTC).toInstant();
    // The owner chose the day: the task is due at its set hour that day. Only the escalation is a period, counted
    // in the calendar like the playbook's.
    Instant due = at.plus(properties.followUpDueAfter());
    return new Next(at, due, calendar.after(due, properties.escalateAfter()));
  }

  private static Optional<LocalDate> followUpDate(String entered, Instant now) {
    String value = blankToNull(entered);
    if (value == null) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      // The form's date field submits yyyy-MM-dd; a date-time from another client keeps its date.
      date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The follow-up date must be a date such as 2026-12-24", e);
    }
    if (!date.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
      throw new IllegalArgumentException("The follow-up date must be after today");
    }
    return Optional.of(date);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
