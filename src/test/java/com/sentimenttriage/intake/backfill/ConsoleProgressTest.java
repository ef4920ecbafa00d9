package com.sentimenttriage.intake.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Progress by time: a line every interval, however many tickets or bytes went by, and one at the end. */
class ConsoleProgressTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  private long lines() {
    return output.toString(StandardCharsets.UTF_8).lines().count();
  }

  @Test
  void aSlowRunShowsALineEveryTwoSecondsThoughFewTicketsWentBy() {
    ConsoleProgress progress = new ConsoleProgress(out, false, Duration.ofSeconds(2), clock);

    // 10 tickets a second, of a file of 1,000: a hundredth of the file in the first 10 seconds
    for (int second = 1; second <= 10; second++) {
      clock.advance(Duration.ofSeconds(1));
      progress.update(second * 10L, 1_000, second * 10L);
    }

    assertThat(output.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "backfill   2%: 20 tickets, 10 tickets/s, ETA 1:38",
        "backfill   4%: 40 tickets, 10 tickets/s, ETA 1:36",
        "backfill   6%: 60 tickets, 10 tickets/s, ETA 1:34",
        "backfill   8%: 80 tickets, 10 tickets/s, ETA 1:32",
        "backfill  10%: 100 tickets, 10 tickets/s, ETA 1:30");
  }

  @Test
  void aFastRunShowsNoMoreThanOneLinePerIntervalAndOneAtTheEnd() {
    ConsoleProgress progress = new ConsoleProgress(out, false, Duration.ofSeconds(2), clock);

    for (int ticket = 1; ticket <= 100_000; ticket++) {
      if (ticket % 1_000 == 0) {
        clock.advance(Duration.ofMillis(100)); // 10,000 tickets a second, 10 s in all
      }
      progress.update(ticket, 100_000, ticket);
    }
    progress.finished(100_000);

    assertThat(lines()).as("at 2, 4, 6, 8 and 10 s; the one at 10 s is the end, not shown twice").isEqualTo(5);
    assertThat(output.toString(StandardCharsets.UTF_8)).endsWith("backfill 100%: 100,000 tickets, 10,000 tickets/s, "
        + "ETA 0:00\n");
  }
}
