package com.sentimenttriage.intake.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backfill command end to end on its own in-memory database: what it stores, what it reports, that a second run
 * skips everything, and that it never starts the process engine (so no review task or alert can exist).
 */
class BackfillCommandTest {

  private String url;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @BeforeEach
  void freshDatabase() {
    url = "jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private int backfill(String resource, String format, String... extra) throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/backfill/" + resource).toURI());
    String[] args = new String[4 + extra.length];
    args[0] = file.toString();
    args[1] = "--format";
    args[2] = format;
    args[3] = "--spring.datasource.url=" + url;
    System.arraycopy(extra, 0, args, 4, extra.length);
    output.reset();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    return BackfillCommand.run(args, out, out);
  }

  private String printed() {
    return output.toString(StandardCharsets.UTF_8);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void storesScoresReportsErrorsWithLineNumbersAndStartsNoProcessEngine() throws Exception {
    assertThat(backfill("tickets.csv", "csv")).as("exit code 1: some lines could not be read").isEqualTo(1);

    assertThat(printed())
        .contains("3 imported, 1 already imported (skipped), 2 errors")
        .contains("line 4: ticket H-3 has no text")
        .contains("line 8: ticket H-5 has an unreadable creation time")
        .contains("By label:").contains("By topic:");
    assertThat(count("select count(*) from scored_ticket where origin = 'backfill' and process_instance_id is null"))
        .isEqualTo(3);
    assertThat(count("select count(*) from scored_ticket where business_key = 'generic:H-1' and label in "
        + "('Urgent', 'Negative') and ticket_created_at = timestamp '2025-03-01 10:00:00'")).isEqualTo(1);
    assertThat(count("select count(*) from scored_ticket where business_key = 'generic:H-2' and label in "
        + "('Positive', 'Promoter')")).isEqualTo(1);
    assertThat(count("select count(*) from information_schema.tables where upper(table_name) like 'ACT_%'"))
        .as("no Camunda tables: the engine never ran, so no task or alert can exist").isZero();
    assertThat(count("select count(*) from cs_alert")).isZero();
  }

  @Test
  void aSecondRunSkipsWhatIsAlreadyImported() throws Exception {
    backfill("tickets.csv", "csv");
    assertThat(backfill("tickets.csv", "csv")).as("the two bad lines are still bad").isEqualTo(1);

    assertThat(printed()).contains("0 imported, 4 already imported (skipped)");
    assertThat(count("select count(*) from scored_ticket")).isEqualTo(3);
  }

  @Test
  void readsJsonLines() throws Exception {
    backfill("tickets.jsonl", "jsonl");

    assertThat(printed()).contains("2 imported").contains("line 2: is not valid JSON").contains("line 5: has no ticket id");
    assertThat(count("select count(*) from scored_ticket where business_key in ('generic:J-1', 'generic:J-2')"))
        .isEqualTo(2);
  }

  @Test
  void readsBothZendeskExportShapes() throws Exception {
    backfill("zendesk-incremental.json", "zendesk-export");
    assertThat(printed()).contains("2 imported").contains("ticket 103 has no text");
    backfill("zendesk-ndjson.json", "zendesk-export");
    assertThat(printed()).contains("2 imported");

    assertThat(count("select count(*) from scored_ticket where source = 'zendesk'")).isEqualTo(4);
    assertThat(count("select count(*) from scored_ticket where business_key = 'zendesk:201'")).isEqualTo(1);
  }

  @Test
  void withoutATerminalPrintsAPlainProgressLineAtTheEnd() throws Exception {
    backfill("tickets.csv", "csv", "--progress-seconds", "5");

    assertThat(printed()).contains("backfill 100%: ").doesNotContain("\r");
  }

  @Test
  void optionsTakeTheEqualsFormToo() throws Exception {
    assertThat(backfill("tickets.csv", "csv", "--source=helpdesk", "--progress-seconds=5")).isEqualTo(1);

    assertThat(printed()).contains("3 imported").contains("backfill 100%: ");
    assertThat(count("select count(*) from scored_ticket where source = 'helpdesk' and business_key in "
        + "('helpdesk:H-1', 'helpdesk:H-2', 'helpdesk:H-4')")).isEqualTo(3);
    assertThat(count("select count(*) from scored_ticket where source = 'generic'")).isZero();
  }

  @Test
  void aSourceLongerThanFiftyCharactersIsReportedAsSuch() throws Exception {
    assertThat(backfill("tickets.csv", "csv", "--source=" + "s".repeat(51))).isEqualTo(1);

    assertThat(printed()).contains("0 imported").contains("line 2: has a source longer than 50 characters")
        .doesNotContain("ticket id longer");
    assertThat(count("select count(*) from scored_ticket")).isZero();
  }

  @Test
  void aProgressIntervalThatIsNoNumberIsWrongUsage() throws Exception {
    assertThat(backfill("tickets.csv", "csv", "--progress-seconds", "abc")).isEqualTo(2);
    assertThat(printed()).contains(BackfillCommand.USAGE);

    assertThat(backfill("tickets.csv", "csv", "--progress-seconds=0")).isEqualTo(2);
    assertThat(printed()).contains(BackfillCommand.USAGE);

    assertThat(backfill("tickets.csv", "csv", "--progress-seconds=abc")).isEqualTo(2);
    assertThat(printed()).contains(BackfillCommand.USAGE);
    assertThat(count("select count(*) from information_schema.tables where upper(table_name) = 'SCORED_TICKET'"))
        .as("the command stopped before touching the database").isZero();
  }

  @Test
  void aBadLineIsOneLineOnStderrWithTheDocumentedExitCode() throws Exception {
    Path file = Path.of(getClass().getResource("/backfill/tickets.jsonl").toURI());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BackfillCommand.run(new String[] {file.toString(), "--format", "jsonl",
        "--spring.datasource.url=" + url}, new PrintStream(output, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("backfill: line 2: is not valid JSON", "backfill: line 5: has no ticket id");
    assertThat(printed()).contains("2 imported").doesNotContain("Exception");
    assertThat(BackfillCommand.run(new String[] {"--help"}, new PrintStream(output, true, StandardCharsets.UTF_8),
        System.err)).isZero();
    assertThat(printed()).contains("1    some lines could not be read: each is named on stderr");
  }

  @Test
  void aMissingLexiconFileIsOneLineNotAStackTrace() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path file = Path.of(getClass().getResource("/backfill/tickets.jsonl").toURI());
    int exit = BackfillCommand.run(new String[] {file.toString(), "--format", "jsonl",
        "--spring.datasource.url=" + url, "--triage.scoring.extra-lexicon=/nowhere/my-words.tsv"},
        new PrintStream(output, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
        "backfill: the lexicon file /nowhere/my-words.tsv does not exist (triage.scoring.extra-lexicon)\n");
    assertThat(count("select count(*) from scored_ticket")).isZero();
  }

  @Test
  void wrongUsageExitsWithTwo() throws Exception {
    assertThat(backfill("tickets.csv", "xml")).isEqualTo(2);
    assertThat(printed()).contains("Unknown format 'xml'");
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    assertThat(BackfillCommand.run(new String[] {"--format", "csv"}, out, out)).isEqualTo(2);
  }
}
