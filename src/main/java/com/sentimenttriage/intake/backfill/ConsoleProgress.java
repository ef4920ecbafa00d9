package com.sentimenttriage.intake.backfill;

import java.io.PrintStream;
import java.util.Locale;

/**
 * On a terminal, a bar redrawn in place with rate and ETA; otherwise (a log file, CI) a plain line every
 * {@code stepPercent} percent. Progress is measured in bytes of the file, so no extra pass is needed to count.
 */
final class ConsoleProgress implements Backfill.Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final int stepPercent;
  private int lastPercentPrinted = -1;
  private long lastDrawNanos;

  ConsoleProgress(PrintStream out, boolean terminal, int stepPercent) {
    this.out = out;
    this.terminal = terminal;
    this.stepPercent = stepPercent;
  }

  @Override
  public void update(long bytesRead, long bytesTotal, long ticketsDone, long startedNanos) {
    long now = System.nanoTime();
    double fraction = Math.min(1.0, bytesRead / (double) bytesTotal);
    int percent = (int) Math.floor(fraction * 100);
    double seconds = Math.max(1e-9, (now - startedNanos) / 1e9);
    double rate = ticketsDone / seconds;
    double eta = fraction <= 0 ? 0 : seconds * (1 - fraction) / fraction;
    if (terminal) {
      if (now - lastDrawNanos < 100_000_000L && percent < 100) {
        return;
      }
      lastDrawNanos = now;
      int filled = (int) Math.round(fraction * WIDTH);
      out.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d tickets  %,.0f/s  ETA %s ", "#".repeat(filled),
          ".".repeat(WIDTH - filled), percent, ticketsDone, rate, clock(eta));
      if (percent >= 100) {
        out.println();
      }
      out.flush();
    } else if (percent / stepPercent > lastPercentPrinted / stepPercent || lastPercentPrinted < 0) {
      lastPercentPrinted = percent - percent % stepPercent;
      out.printf(Locale.ROOT, "backfill %3d%%: %,d tickets, %,.0f tickets/s, ETA %s%n", lastPercentPrinted,
          ticketsDone, rate, clock(eta));
    }
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
