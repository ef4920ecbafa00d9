package com.sentimenttriage.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tables records owns are read and written in records only: a feature that needs a scored ticket, a review or
 * audit label, a flag or a recall answer asks the table's repository, so a change to a table's rules or indexes has
 * one place to look. Scans the main sources' code (comments left out) for SQL that names such a table.
 */
class SharedTablesOwnershipTest {

  private static final Path MAIN = Path.of("src/main/java/com/sentimenttriage");
  private static final List<String> OWNED = List.of("scored_ticket", "labelled_example", "score_flag",
      "recall_audit_ticket");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  @Test
  void onlyRecordsQueriesTheSharedTables() throws IOException {
    assertThat(sqlOnOwnedTablesOutside(MAIN.resolve("records"))).isEmpty();
  }

  @Test
  void theScanFindsTheQueriesRecordsHolds() throws IOException {
    assertThat(sqlOnOwnedTablesOutside(MAIN.resolve("no-such-package")))
        .contains("records/ScoredTicketStore.java: scored_ticket", "records/ScoreFlags.java: score_flag",
            "records/LabelledExamples.java: labelled_example",
            "records/RecallAuditTickets.java: recall_audit_ticket");
  }

  /** "path: table" for every main source outside {@code owner} whose code names an owned table in SQL. */
  private static List<String> sqlOnOwnedTablesOutside(Path owner) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java") && !file.startsWith(owner))
          .flatMap(file -> {
            String code = COMMENT.matcher(read(file)).replaceAll("");
            return OWNED.stream()
                .filter(table -> Pattern.compile("(?i)\\b(from|join|into|update)\\s+" + table + "\\b")
                    .matcher(code).find())
                .map(table -> MAIN.relativize(file).toString().replace('\\', '/') + ": " + table);
          })
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }
}
