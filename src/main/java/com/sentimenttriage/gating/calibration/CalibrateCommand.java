package com.sentimenttriage.gating.calibration;

import com.sentimenttriage.cli.CommandLine;
import com.sentimenttriage.cli.CommandLineParser;
import com.sentimenttriage.cli.UsageException;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the gate's numbers from a team's own history, without Spring or the process engine:
 *
 * <pre>
 * java -jar target/sentiment-triage.jar calibrate --history FILE --managers N --target-alerts-per-manager-per-day K
 *     [--days D] [--gate-table escalation-gate.dmn]
 * </pre>
 *
 * Prints the frustration threshold and MRR floor that would have produced about K alerts per manager per day,
 * and the alert volume for neighbouring thresholds and floors. The period is the span of the history's
 * timestamps unless {@code --days} gives it. The recipe's very-frustrated offset, and the threshold and floor a
 * tie falls back to, are read from the gate table: the one the jar ships, or {@code --gate-table} (e.g. the table
 * exported from Cockpit after an admin edited it). The score command's output is a history as it is, with
 * {@code --days}: it has neither times nor MRR. When no setting comes near the target, a warning on stderr says
 * why. Exit code 0 on success, 1 for an unreadable history or a table without the recipe's shape, 2 for bad
 * arguments.
 */
public final class CalibrateCommand {

  private static final int NEIGHBOURS = 5;
  /** How far, as a share of the target, the nearest volume may be before the target counts as out of reach. */
  private static final double REACH_TOLERANCE = 0.25;
  private static final String HISTORY = "--history";
  private static final String MANAGERS = "--managers";
  private static final String TARGET = "--target-alerts-per-manager-per-day";
  private static final String DAYS = "--days";
  private static final String GATE_TABLE = "--gate-table";
  private static final CommandLineParser ARGUMENTS = new CommandLineParser("calibrate", "usage: calibrate "
      + "--history FILE --managers N --target-alerts-per-manager-per-day K [--days D] [--gate-table FILE]")
      .requiredOption(HISTORY)
      .requiredOption(MANAGERS)
      .requiredOption(TARGET)
      .option(DAYS)
      .option(GATE_TABLE)
      .description("""
          Picks the escalation gate's frustration threshold T and MRR floor F from a team's own history: those
          that would have sent about K alerts per manager per day under the recipe's rule
          (frustration >= T and MRR >= F) or frustration >= T + offset, read from the gate table.

          options:
            --history FILE   the score command's output as it is (give --days: it has no times), or with "mrr"
                             and "scoredAt" or "createdAt" added to each line; or a CSV with the columns
                             frustration, mrr, scoredAt. Without any MRR the table's floor is kept and only the
                             threshold is picked, counting every ticket as a paying account
            --managers N     CS managers who receive the alerts
            --target-alerts-per-manager-per-day K
            --days D         the period the history covers (default: the span of its times)
            --gate-table FILE  the gate table to start from (default: the one in the jar)

          A target no setting comes near (within a quarter) is warned about on stderr, with the nearest volume.

          exit codes:
            0  done
            1  the history or the gate table cannot be read
            2  wrong command line
          """);

  private CalibrateCommand() {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (ARGUMENTS.wantsHelp(args)) {
      return ARGUMENTS.help(out);
    }
    CommandLine line;
    int managers;
    double target;
    Double days;
    try {
      line = ARGUMENTS.parse(args);
      managers = positive(line.integer(MANAGERS).orElseThrow(), MANAGERS);
      target = positive(line.number(TARGET).orElseThrow(), TARGET);
      days = line.number(DAYS).map(value -> positive(value, DAYS)).orElse(null);
    } catch (UsageException e) {
      return ARGUMENTS.usage(err, e.getMessage());
    }
    Path history = Path.of(line.value(HISTORY).orElseThrow());
    if (!Files.isReadable(history)) {
      err.println("calibrate: cannot read " + history);
      return 1;
    }
    Optional<Path> table = line.value(GATE_TABLE).map(Path::of);
    GateRecipe recipe;
    try {
      recipe = table.isPresent() ? GateTableReader.read(table.get()) : GateTableReader.shipped();
    } catch (IOException | IllegalArgumentException e) {
      err.println("calibrate: " + table.map(Path::toString).orElse(TicketTriageProcess.GATE_RESOURCE) + ": "
          + e.getMessage());
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
    report(new Calibration(entries, recipe), recipe, entries.size(), days, managers, target, out, err);
    return 0;
  }

  private static void report(Calibration calibration, GateRecipe recipe, int tickets, double days, int managers,
      double target, PrintStream out, PrintStream err) {
    double perDay = target * managers;
    Calibration.Choice choice = calibration.choose(perDay * days);
    out.printf(Locale.ROOT, "History: %d scored tickets over %.1f days (%.1f per day)%n", tickets, days,
        tickets / days);
    out.printf(Locale.ROOT, "Target: %.2f alerts per manager per day x %d managers = %.1f alerts per day%n",
        target, managers, perDay);
    if (!calibration.mrrKnown()) {
      out.println("MRR: none in the history, so the table's floor is kept and every ticket counted as a paying "
          + "account: the threshold sends at most the target");
    }
    out.printf(Locale.ROOT, "Frustration threshold: %d%n", choice.threshold());
    out.printf(Locale.ROOT, "MRR floor: %.0f%n", choice.floor());
    double achieved = choice.alerts() / days / managers;
    Optional<String> outOfReach = outOfReach(calibration, achieved, target, days, managers);
    out.printf(Locale.ROOT, "Would have alerted: %d tickets, %.2f per manager per day%s%n", choice.alerts(),
        achieved, outOfReach.isPresent() ? " (the target is out of reach, see the warning)" : "");
    outOfReach.ifPresent(warning -> err.println("calibrate: warning: " + warning));
    out.printf(Locale.ROOT, "Alert rule: (frustration >= threshold and MRR >= floor) or frustration >= "
        + "threshold + %d%n%n", recipe.veryFrustratedOffset());
    out.println("Alerts per manager per day (* = chosen)");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-11s", "threshold"));
    for (double floor : calibration.floors()) {
      header.append(String.format(Locale.ROOT, "%12s", "MRR>=" + (long) floor));
    }
    out.println(header);
    int from = Math.max(Calibration.MIN_THRESHOLD, choice.threshold() - NEIGHBOURS);
    int to = Math.min(Calibration.MAX_THRESHOLD, choice.threshold() + NEIGHBOURS);
    for (int threshold = from; threshold <= to; threshold++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-11d", threshold));
      for (double floor : calibration.floors()) {
        boolean chosen = threshold == choice.threshold() && floor == choice.floor();
        row.append(String.format(Locale.ROOT, "%12s", (chosen ? "*" : "") + String.format(Locale.ROOT, "%.2f",
            calibration.alerts(threshold, floor) / days / managers)));
      }
      out.println(row);
    }
  }

  /** Why no setting comes within a quarter of the target, or empty when one does. */
  private static Optional<String> outOfReach(Calibration calibration, double achieved, double target, double days,
      int managers) {
    if (Math.abs(achieved - target) <= target * REACH_TOLERANCE) {
      return Optional.empty();
    }
    String wanted = String.format(Locale.ROOT, "a target of %.2f alerts per manager per day is out of reach: ",
        target);
    Calibration.Choice strictest = calibration.strictest();
    Calibration.Choice loosest = calibration.loosest();
    if (strictest.alerts() / days / managers > target) {
      return Optional.of(wanted + String.format(Locale.ROOT, "even the strictest setting (threshold %d, MRR floor "
          + "%.0f) would have sent %.2f. More managers, or a gate table that sends more to the digest, would bring "
          + "it down", strictest.threshold(), strictest.floor(), strictest.alerts() / days / managers));
    }
    if (loosest.alerts() / days / managers < target) {
      return Optional.of(wanted + String.format(Locale.ROOT, "even the loosest setting (threshold %d, MRR floor "
          + "%.0f) would have sent only %.2f: the history has too few frustrated tickets", loosest.threshold(),
          loosest.floor(), loosest.alerts() / days / managers));
    }
    return Optional.of(wanted + String.format(Locale.ROOT, "the nearest setting sends %.2f, as the history's "
        + "frustration scores jump past it", achieved));
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
      throw new UsageException(option + " must be positive");
    }
    return value;
  }
}
