package com.sentimenttriage.gating.calibration;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Picks the gate's numbers from a team's own history, without Spring or the process engine:
 *
 * <pre>
 * java -jar target/sentiment-triage.jar calibrate --history FILE --managers N --target-alerts-per-manager-per-day K
 *     [--days D]
 * </pre>
 *
 * Prints the frustration threshold and MRR floor that would have produced about K alerts per manager per day,
 * and the alert volume for neighbouring thresholds and floors. The period is the span of the history's
 * timestamps unless {@code --days} gives it. Exit code 0 on success, 1 for an unreadable history, 2 for bad
 * arguments.
 */
public final class CalibrateCommand {

  private static final String USAGE = "usage: calibrate --history FILE --managers N "
      + "--target-alerts-per-manager-per-day K [--days D]";
  private static final int NEIGHBOURS = 5;

  private CalibrateCommand() {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path history = null;
    Integer managers = null;
    Double target = null;
    Double days = null;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--history" -> history = Path.of(value);
          case "--managers" -> managers = positive(Integer.parseInt(value), "--managers").intValue();
          case "--target-alerts-per-manager-per-day" -> target = positive(Double.parseDouble(value), args[i]);
          case "--days" -> days = positive(Double.parseDouble(value), "--days");
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      Objects.requireNonNull(history, "--history is required");
      Objects.requireNonNull(managers, "--managers is required");
      Objects.requireNonNull(target, "--target-alerts-per-manager-per-day is required");
    } catch (IllegalArgumentException | NullPointerException e) {
      err.println("calibrate: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (!Files.isReadable(history)) {
      err.println("calibrate: cannot read " + history);
      return 1;
    }
    List<HistoryEntry> entries;
    try {
      entries = HistoryReader.read(history);
      if (entries.isEmpty()) {
        throw new IllegalArgumentException("the history holds no scored tickets");
      }
      if (days == null) {
        days = span(entries);
      }
    } catch (IOException | IllegalArgumentException e) {
      err.println("calibrate: " + history + ": " + e.getMessage());
      return 1;
    }
    report(new Calibration(entries), entries.size(), days, managers, target, out);
    return 0;
  }

  private static void report(Calibration calibration, int tickets, double days, int managers, double target,
      PrintStream out) {
    double perDay = target * managers;
    Calibration.Choice choice = calibration.choose(perDay * days);
    out.printf(Locale.ROOT, "History: %d scored tickets over %.1f days (%.1f per day)%n", tickets, days,
        tickets / days);
    out.printf(Locale.ROOT, "Target: %.2f alerts per manager per day x %d managers = %.1f alerts per day%n",
        target, managers, perDay);
    out.printf(Locale.ROOT, "Frustration threshold: %d%n", choice.threshold());
    out.printf(Locale.ROOT, "MRR floor: %.0f%n", choice.floor());
    out.printf(Locale.ROOT, "Would have alerted: %d tickets, %.2f per manager per day%n", choice.alerts(),
        choice.alerts() / days / managers);
    out.printf(Locale.ROOT, "Alert rule: (frustration >= threshold and MRR >= floor) or frustration >= "
        + "threshold + %d%n%n", Calibration.VERY_FRUSTRATED_OFFSET);
    out.println("Alerts per manager per day (* = chosen)");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-11s", "threshold"));
    for (double floor : Calibration.FLOORS) {
      header.append(String.format(Locale.ROOT, "%12s", "MRR>=" + (long) floor));
    }
    out.println(header);
    int from = Math.max(Calibration.MIN_THRESHOLD, choice.threshold() - NEIGHBOURS);
    int to = Math.min(Calibration.MAX_THRESHOLD, choice.threshold() + NEIGHBOURS);
    for (int threshold = from; threshold <= to; threshold++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-11d", threshold));
      for (double floor : Calibration.FLOORS) {
        boolean chosen = threshold == choice.threshold() && floor == choice.floor();
        row.append(String.format(Locale.ROOT, "%12s", (chosen ? "*" : "") + String.format(Locale.ROOT, "%.2f",
            calibration.alerts(threshold, floor) / days / managers)));
      }
      out.println(row);
    }
  }

  private static double span(List<HistoryEntry> entries) {
    Instant first = null;
    Instant last = null;
    for (HistoryEntry entry : entries) {
      if (entry.at() == null) {
        throw new IllegalArgumentException("a ticket without scoredAt or createdAt: give the period with --days");
      }
      first = first == null || entry.at().isBefore(first) ? entry.at() : first;
      last = last == null || entry.at().isAfter(last) ? entry.at() : last;
    }
    // A history of one afternoon still counts as one day.
    return Math.max(1.0, Duration.between(first, last).toMinutes() / (24.0 * 60));
  }

  private static <N extends Number> N positive(N value, String option) {
    if (value.doubleValue() <= 0) {
      throw new IllegalArgumentException(option + " must be positive");
    }
    return value;
  }
}
