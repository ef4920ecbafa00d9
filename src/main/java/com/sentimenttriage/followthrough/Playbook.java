package com.sentimenttriage.followthrough;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The steps processes/playbooks.dmn chose for one follow-through, in order, each with the time it is due within.
 * Engine-free: built from the decision's result rows, scheduled from the moment the follow-through opened.
 */
public record Playbook(List<Step> steps) {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  public Playbook {
    steps = steps.stream().sorted(Comparator.comparingInt(Step::order)).toList();
  }

  /** @param dueWithin from the moment the follow-through opened */
  public record Step(int order, String step, Duration dueWithin) {
  }

  /**
   * @param steps      one line per step: "1. Acknowledge the customer's message — within 2 h, by Mon 7 Dec 11:18 UTC"
   * @param due        the earliest step's due time: the task's due date and the owner's reminder
   * @param escalateAt when the CS manager is told that the task is still open
   */
  public record Schedule(String steps, Instant due, Instant escalateAt) {
  }

  /** The rows of a COLLECT decision as the engine maps them (output name to value), in any order. */
  public static Playbook of(List<Map<String, Object>> rows) {
    return new Playbook(rows.stream().map(row -> new Step(((Number) row.get("order")).intValue(),
        (String) row.get("step"), Duration.parse((String) row.get("dueWithin")))).toList());
  }

  /**
   * The schedule from {@code openedAt}. A playbook without steps (a table edited down to nothing for this case) still
   * gets a task: due after {@code fallbackDue}, so the owner is reminded and the manager told all the same.
   */
  public Schedule schedule(Instant openedAt, Duration escalateAfter, Duration fallbackDue) {
    return schedule(openedAt, FollowThroughCalendar.aroundTheClock(), escalateAfter, fallbackDue);
  }

  /** The same, with every period (each step's, the fallback, the escalation's) counted in {@code calendar}. */
  public Schedule schedule(Instant openedAt, FollowThroughCalendar calendar, Duration escalateAfter,
      Duration fallbackDue) {
    List<Instant> stepDue = steps.stream().map(step -> calendar.after(openedAt, step.dueWithin())).toList();
    Instant due = stepDue.stream().min(Comparator.naturalOrder()).orElse(calendar.after(openedAt, fallbackDue));
    String lines = steps.isEmpty() ? "No playbook step matched this alert: act as the alert recommends."
        // Numbered as listed: the table's order only sorts, and a step that did not match leaves no gap.
        : IntStream.range(0, steps.size()).mapToObj(i -> (i + 1) + ". " + steps.get(i).step() + " — within "
            + words(steps.get(i).dueWithin()) + ", by " + DUE.format(stepDue.get(i)))
            .collect(Collectors.joining("\n"));
    return new Schedule(lines, due, calendar.after(due, escalateAfter));
  }

  /** "2 h", "24 h", "3 days", "90 min": how a CS owner reads a due time. */
  static String words(Duration duration) {
    if (duration.toDays() > 0 && duration.toHours() % 24 == 0 && duration.toHours() > 24) {
      return duration.toDays() + " days";
    }
    if (duration.toMinutes() % 60 == 0) {
      return duration.toHours() + " h";
    }
    return duration.toMinutes() + " min";
  }
}
