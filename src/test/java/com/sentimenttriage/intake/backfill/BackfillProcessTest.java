package com.sentimenttriage.intake.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.JarCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backfill as a user runs it, in a JVM of its own: what it says when the database file is taken, and what it
 * prints on Ctrl-C. Both need a real process: H2 only refuses a file another process holds, and only a real SIGINT
 * runs the shutdown hook the way a terminal does.
 */
class BackfillProcessTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  @Test
  void aDatabaseFileAnotherProcessHoldsIsOneLineSayingWhatToDo() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("held");
    Path tickets = Files.writeString(dir.resolve("t.jsonl"), "{\"ticketId\": \"T-1\", \"body\": \"broken\"}\n");
    // H2's own shell stands in for the running application: it holds the file until it is ended.
    JarCommand holder = JarCommand.startMain(dir, "org.h2.tools.Shell", "-url", url, "-user", "sa");
    try {
      holder.awaitLine("Welcome to H2 Shell", LIMIT);

      JarCommand backfill = JarCommand.start(dir, "backfill", tickets.toString(), "--format", "jsonl",
          "--spring.datasource.url=" + url);

      int exitCode = backfill.exitCode(LIMIT);
      assertThat(backfill.stderr()).isEqualTo("backfill: the database " + url + " is in use by another process, "
          + "most likely the running application: stop it, or pass another database with "
          + "--spring.datasource.url=...\n");
      assertThat(backfill.stdout()).doesNotContain("Exception", "\tat ");
      assertThat(exitCode).as("exit code 3: the backfill could not run").isEqualTo(3);
    } finally {
      holder.kill();
    }
  }

  @Test
  void ctrlCPrintsTheSummarySoFarAndHowToResume() throws Exception {
    // Enough for some 20 s here: the first progress line comes after a second or two, and 20,000 tickets were
    // all stored in 1.9 s on a quiet machine, before the interrupt.
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      lines.add("{\"ticketId\": \"C-" + i + "\", \"body\": \"The export is broken again, ticket " + i
          + ", and nobody answers. This is unacceptable.\"}");
    }
    Path tickets = Files.write(dir.resolve("many.jsonl"), lines);
    String url = "jdbc:h2:file:" + dir.resolve("backfill");
    JarCommand backfill = JarCommand.startInterruptible(dir, "backfill", tickets.toString(), "--format", "jsonl",
        "--spring.datasource.url=" + url);
    backfill.awaitLine("backfill ", LIMIT); // the first progress line: tickets are being stored

    backfill.interrupt();

    assertThat(backfill.exitCode(LIMIT)).as("128 + SIGINT").isEqualTo(130);
    String printed = backfill.stdout();
    assertThat(printed).contains("Backfill interrupted after ")
        .contains("To resume, run the same command again: the tickets already imported are skipped.");
    assertThat(printed + backfill.stderr()).doesNotContain("Exception", "\tat ");
    long imported = Long.parseLong(printed.replaceAll("(?s).*Backfill interrupted after [0-9.]+ s: ([0-9,]+) imported.*",
        "$1").replace(",", ""));
    assertThat(imported).isBetween(1L, 199_999L);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.createStatement().executeQuery("select count(*) from scored_ticket")) {
      rs.next();
      assertThat(rs.getLong(1)).as("the summary counts what was committed").isEqualTo(imported);
    }
  }
}
