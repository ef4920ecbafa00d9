package com.sentimenttriage.intake.backfill;

import com.sentimenttriage.scoring.engine.TopicMatch;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a backfill did: counts by label and topic, skipped tickets, and every error with its line. */
public final class BackfillSummary {

  private static final int ERRORS_SHOWN = 50;

  private long imported;
  private long skipped;
  private long errorCount;
  private long elapsedNanos;
  private boolean interrupted;
  private final Map<String, Long> byLabel = new TreeMap<>();
  private final Map<String, Long> byTopic = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();

  void imported(String label, List<TopicMatch> topics) {
    imported++;
    byLabel.merge(label, 1L, Long::sum);
    topics.forEach(t -> byTopic.merge(t.displayName(), 1L, Long::sum));
  }

  void skipped() {
    skipped++;
  }

  void error(long line, String message) {
    errorCount++;
    if (errors.size() < ERRORS_SHOWN) {
      errors.add("line " + line + ": " + message);
    }
  }

  void finish(java.time.Duration elapsed) {
    elapsedNanos = elapsed.toNanos();
  }

  void interrupted() {
    interrupted = true;
  }

  /** The run stopped before the end of the file (Ctrl-C); what it stored is counted, the rest is not. */
  public boolean wasInterrupted() {
    return interrupted;
  }

  public long errorCount() {
    return errorCount;
  }

  public long imported() {
    return imported;
  }

  public long skippedCount() {
    return skipped;
  }

  public double ticketsPerSecond() {
    return elapsedNanos == 0 ? 0 : (imported + skipped) / (elapsedNanos / 1e9);
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "%nBackfill %s %.1f s: %,d imported, %,d already imported (skipped), %,d errors"
        + " (%,.0f tickets/s)%n", interrupted ? "interrupted after" : "finished in", elapsedNanos / 1e9, imported,
        skipped, errorCount, ticketsPerSecond());
    out.println("By label:");
    byLabel.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> out.printf(Locale.ROOT, "  %-12s %,10d%n", e.getKey(), e.getValue()));
    out.println("By topic:");
    if (byTopic.isEmpty()) {
      out.println("  (none)");
    }
    byTopic.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> out.printf(Locale.ROOT, "  %-28s %,10d%n", e.getKey(), e.getValue()));
  }

  /** The lines that could not be read, each with its number and why (the first 50), one line each. */
  void printErrors(PrintStream err) {
    if (errorCount > 0) {
      errors.forEach(e -> err.println("backfill: " + e));
      if (errorCount > errors.size()) {
        err.printf(Locale.ROOT, "backfill: ... and %,d more lines that could not be read%n",
            errorCount - errors.size());
      }
    }
  }
}
