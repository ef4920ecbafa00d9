package com.sentimenttriage.gating.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.SentimentTriageApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibrate command in-process. The history is built so the answer can be worked out by hand: one ticket
 * at each frustration 0..99 from an account paying 2,000, so (below an MRR floor of 5,000) a threshold T alerts
 * 100 - T tickets.
 */
class CalibrateCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CalibrateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String[] concat(String[] args, String... more) {
    return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** One ticket per frustration value, spread evenly over ten days (first to last). */
  private Path jsonHistory() throws IOException {
    List<String> lines = new ArrayList<>();
    Instant start = Instant.parse("2026-10-01T00:00:00Z");
    for (int f = 0; f < 100; f++) {
      Instant at = start.plusSeconds(f * 10L * 24 * 3600 / 99);
      lines.add("{\"id\": \"T-" + f + "\", \"polarity\": -0.2, \"frustration\": " + f
          + ", \"label\": \"Negative\", \"mrr\": 2000, \"scoredAt\": \"" + at + "\"}");
    }
    lines.add("{\"line\": 101, \"error\": \"missing string field \\\"text\\\"\"}");
    return Files.write(dir.resolve("history.jsonl"), lines);
  }

  @Test
  void picksTheThresholdThatGivesTheTargetVolume() throws IOException {
    // 2 managers x 1.5 alerts a day x 10 days = 30 alerts = 100 - 70. Threshold 55 with floor 5,000 gives 30 too
    // (85 - 55) but is further from the recipe's 65 and 1,000.
    int exit = run("--history", jsonHistory().toString(), "--managers", "2",
        "--target-alerts-per-manager-per-day", "1.5");

    assertThat(exit).isZero();
    assertThat(output())
        .contains("100 scored tickets over 10.0 days")
        .contains("Frustration threshold: 70")
        .contains("MRR floor: 1000")
        .contains("Would have alerted: 30 tickets, 1.50 per manager per day");
  }

  @Test
  void printsTheVolumeForNeighbouringThresholds() throws IOException {
    run("--history", jsonHistory().toString(), "--managers", "2", "--target-alerts-per-manager-per-day", "1.5");

    List<String> rows = output().lines().filter(line -> line.matches("\\d+ .*")).toList();
    assertThat(rows).hasSize(11);
    assertThat(rows.get(0)).startsWith("65 ");
    assertThat(rows.get(10)).startsWith("75 ");
    // threshold 75: 25 tickets at MRR >= 250 -> 25 / 10 days / 2 managers; at MRR >= 5000 only 90..99 -> 10.
    // No column for a floor of 0: calibration never offers it (see neverDropsTheMrrFloorToZero).
    assertThat(rows.get(10).trim().split("\\s+")).containsExactly("75", "1.25", "1.25", "1.25", "1.25", "0.50");
    assertThat(rows.get(5)).contains("*1.50");
  }

  @Test
  void readsCsvHistoryWithAGivenPeriod() throws IOException {
    StringBuilder csv = new StringBuilder("frustration,mrr,scoredAt\n");
    for (int f = 0; f < 100; f++) {
      csv.append(f).append(",").append(f % 2 == 0 ? "0" : "3000").append(",\n");
    }
    Path file = Files.writeString(dir.resolve("history.csv"), csv);

    // 5 days x 1 manager x 4 a day = 20 alerts. Odd frustrations pay 3,000, even ones nothing. Floor 1,000 with
    // T = 72 alerts 14 odd (73..99) + 6 even (88..98) = 20; floor 5,000 (nobody) with T = 65 alerts 80..99 = 20
    // too, and 65 with the neighbouring floor is the smaller change from the recipe's 65 and 1,000.
    int exit = run("--history", file.toString(), "--managers", "1", "--target-alerts-per-manager-per-day", "4",
        "--days", "5");

    assertThat(exit).isZero();
    assertThat(output()).contains("Frustration threshold: 65").contains("MRR floor: 5000")
        .contains("Would have alerted: 20 tickets");
    // row 65, floor 1,000: odd 65..99 (18) + even 80..98 (10) = 28 alerts = 5.60 a day
    List<String> row65 = output().lines().filter(line -> line.startsWith("65 ")).toList();
    assertThat(row65).singleElement().asString().contains(" 5.60 ").endsWith("*4.00");
  }

  @Test
  void theRecipeFollowsTheGateTableItIsPointedAt() throws IOException {
    Path table = GateTables.edited(dir, Map.of(GateTables.PAYING_FRUSTRATION, ">= 70", GateTables.PAYING_MRR,
        ">= 2000", GateTables.VERY_FRUSTRATED_FRUSTRATION, ">= 80"));
    String[] twentyAlerts = {"--history", jsonHistory().toString(), "--managers", "1",
        "--target-alerts-per-manager-per-day", "2"};

    // 1 manager x 2 alerts a day x 10 days = 20 alerts. Edited table (T 70, F 2,000, offset 10): floors up to
    // 2,000 alert 100 - T, so T = 80, 10 away from 70; floor 5,000 (nobody) alerts only T + 10 and up, 90 - T,
    // so T = 70, one floor step away from 2,000: that one.
    int exit = run(concat(twentyAlerts, "--gate-table", table.toString()));

    assertThat(exit).isZero();
    assertThat(output())
        .contains("Frustration threshold: 70")
        .contains("MRR floor: 5000")
        .contains("Would have alerted: 20 tickets")
        .contains("or frustration >= threshold + 10");

    // The shipped table (T 65, F 1,000, offset 15) answers the same question with floor 5,000 and 85 - T = 20.
    out.reset();
    assertThat(run(twentyAlerts)).isZero();
    assertThat(output()).contains("Frustration threshold: 65").contains("MRR floor: 5000")
        .contains("or frustration >= threshold + 15");
  }

  @Test
  void refusesAGateTableWithoutTheRecipesShape() throws IOException {
    Path table = GateTables.edited(dir, Map.of(GateTables.VERY_FRUSTRATED_FRUSTRATION, "[80..100]"));

    int exit = run("--history", jsonHistory().toString(), "--managers", "1", "--target-alerts-per-manager-per-day",
        "2", "--gate-table", table.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(table.toString()).contains("expected frustration >= V in rule Rule_VeryFrustrated");
    assertThat(output()).isEmpty();
  }

  @Test
  void refusesBadArgumentsAndUnreadableHistory() throws IOException {
    assertThat(run("--managers", "2")).isEqualTo(2);
    assertThat(run("--history", "x", "--managers", "0", "--target-alerts-per-manager-per-day", "1")).isEqualTo(2);
    assertThat(run("--history", dir.resolve("missing.jsonl").toString(), "--managers", "1",
        "--target-alerts-per-manager-per-day", "1")).isEqualTo(1);
    Path undated = Files.writeString(dir.resolve("undated.jsonl"), "{\"frustration\": 70}\n");
    assertThat(run("--history", undated.toString(), "--managers", "1", "--target-alerts-per-manager-per-day", "1"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--days");
  }

  @Test
  void theApplicationDispatchesTheSubcommandWithoutStartingSpring() {
    // Only the dispatch is checked: main() would exit the JVM, so the command class is called as main calls it.
    assertThat(SentimentTriageApplication.class.getDeclaredMethods()).extracting("name").contains("main");
    assertThat(run("--history")).isEqualTo(2);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path lines(String name, int count, String line) throws IOException {
    return Files.write(dir.resolve(name), java.util.Collections.nCopies(count, line));
  }

  @Test
  void warnsWhenEvenTheStrictestSettingSendsMoreThanTheTarget() throws IOException {
    // 400 very frustrated tickets of big accounts in one day: even T = 95 with the highest floor alerts them all.
    Path history = lines("busy.jsonl", 400, "{\"frustration\": 99, \"mrr\": 10000}");

    int exit = run("--history", history.toString(), "--managers", "2", "--target-alerts-per-manager-per-day", "5",
        "--days", "1");

    assertThat(exit).isZero();
    assertThat(output()).contains("Would have alerted: 400 tickets, 200.00 per manager per day (the target is out "
        + "of reach, see the warning)");
    assertThat(errors()).isEqualTo("calibrate: warning: a target of 5.00 alerts per manager per day is out of "
        + "reach: even the strictest setting (threshold 95, MRR floor 5000) would have sent 200.00. More managers, "
        + "or a gate table that sends more to the digest, would bring it down\n");
  }

  @Test
  void warnsWhenEvenTheLoosestSettingSendsFewerThanTheTarget() throws IOException {
    Path history = lines("calm.jsonl", 10, "{\"frustration\": 40, \"mrr\": 3000}");

    run("--history", history.toString(), "--managers", "1", "--target-alerts-per-manager-per-day", "5", "--days",
        "10");

    assertThat(errors()).startsWith("calibrate: warning: a target of 5.00 alerts per manager per day is out of "
        + "reach: even the loosest setting (threshold 30, MRR floor 250) would have sent only 1.00");
  }

  @Test
  void aReachableTargetGetsNoWarning() throws IOException {
    assertThat(run("--history", jsonHistory().toString(), "--managers", "1", "--target-alerts-per-manager-per-day",
        "2")).isZero();
    assertThat(errors()).isEmpty();
  }

  @Test
  void neverDropsTheMrrFloorToZero() throws IOException {
    // One manager, 2 a day for 10 days = 20 alerts, and 20 frustrated tickets from unattached requesters (MRR 0).
    // Floor 0 with the table's T = 65 would hit 20 exactly, but only by alerting on accounts that pay nothing
    // at the plain threshold; the floor stays, and T comes down until the very-frustrated rule sends them.
    Path history = lines("unattached.jsonl", 20, "{\"frustration\": 70, \"mrr\": 0}");

    run("--history", history.toString(), "--managers", "1", "--target-alerts-per-manager-per-day", "2", "--days",
        "10");

    assertThat(output()).contains("Frustration threshold: 55").contains("MRR floor: 1000")
        .contains("Would have alerted: 20 tickets").doesNotContain("MRR>=0 ");
  }

  @Test
  void takesTheScoreCommandsOwnOutputWithDaysAndKeepsTheTablesFloor() throws IOException {
    StringBuilder tickets = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      tickets.append("{\"id\": ").append(i).append(", \"text\": \"This is unacceptable!!! The export is broken "
          + "again and nobody answers.\"}\n");
    }
    for (int i = 30; i < 100; i++) {
      tickets.append("{\"id\": ").append(i).append(", \"text\": \"Thanks, the new report works great.\"}\n");
    }
    tickets.append("not a ticket\n");
    java.io.ByteArrayOutputStream scores = new java.io.ByteArrayOutputStream();
    com.sentimenttriage.scoring.cli.ScoreCommand.run(new String[0],
        new java.io.ByteArrayInputStream(tickets.toString().getBytes(StandardCharsets.UTF_8)), scores,
        new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    Path history = Files.write(dir.resolve("scores.jsonl"), scores.toByteArray());

    // 30 frustrated tickets in 30 days is one a day: one manager, one a day, is reachable by the threshold alone.
    int exit = run("--history", history.toString(), "--managers", "1", "--target-alerts-per-manager-per-day", "1",
        "--days", "30");

    assertThat(exit).isZero();
    assertThat(output()).contains("History: 100 scored tickets over 30.0 days")
        .contains("MRR: none in the history, so the table's floor is kept")
        .contains("MRR floor: 1000").contains("Would have alerted: 30 tickets, 1.00 per manager per day");
    assertThat(errors()).isEmpty();
  }
}
