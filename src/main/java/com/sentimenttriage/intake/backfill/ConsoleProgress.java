package com.sentimenttriage.intake.backfill;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows progress by time, whatever the file's size or the speed of the database: on a terminal a bar redrawn in
 * place with rate and ETA, otherwise (a log file, CI) a plain line, each at most once per {@code every}, and once
 * more at the end. Progress is measured in bytes of the file, so no extra pass is needed to count. Thread-safe:
 * the scoring threads report too.
 */
final class ConsoleProgress implements Backfill.Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final Duration every;
  private final Clock clock;
  private final Instant started;
  private Instant lastShown;
  private long bytesTotal = 1;
  /** What the last line showed, so the end is not shown twice. */
  private long shownBytes = -1;
  private long shownTickets = -1;

  /**
   * @param every the time between two updates; the first is shown {@code every} after the start
   * @param clock the time source, a fake one in tests
   */
  ConsoleProgress(PrintStream out, boolean terminal, Duration every, Clock clock) {
    this.out = out;
    this.terminal = terminal;
    this.every = every;
    this.clock = clock;
    this.started = clock.instant();
    this.lastShown = started;
  }

  @Override
  public synchronized void update(long bytesRead, long bytesTotal, long ticketsDone) {
    this.bytesTotal = bytesTotal;
    Instant now = clock.instant();
    if (Duration.between(lastShown, now).compareTo(every) >= 0) {
      lastShown = now;
      show(bytesRead, ticketsDone, now);
    }
  }

  @Override
  public synchronized void finished(long ticketsDone) {
    if (shownBytes != bytesTotal || shownTickets != ticketsDone) {
      show(bytesTotal, ticketsDone, clock.instant());
    }
    if (terminal) {
      out.println();
    }
  }

  private void show(long bytesRead, long ticketsDone, Instant now) {
    shownBytes = bytesRead;
    shownTickets = ticketsDone;
    double fraction = Math.min(1.0, bytesRead / (double) bytesTotal);
    int percent = (int) Math.floor(fraction * 100);
    double seconds = Math.max(1e-9, Duration.between(started, now).toNanos() / 1e9);
    double rate = ticketsDone / seconds;
    double eta = fraction <= 0 ? 0 : seconds * (1 - fraction) / fraction;
    if (terminal) {
      int filled = (int) Math.round(fraction * WIDTH);
      out.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d tickets  %,.0f/s  ETA %s ", "#".repeat(filled),
          ".".repeat(WIDTH - filled), percent, ticketsDone, rate, clock(eta));
    } else {
      out.printf(Locale.ROOT, "backfill %3d%%: %,d tickets, %,.0f tickets/s, ETA %s%n", percent, ticketsDone, rate,
          clock(eta));
    }
    out.flush();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
