package com.sentimenttriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table of ours has its SQL in one top-level package: the feature that alone uses it, or {@code records} when
 * several features do, where one repository class holds the table's statements (a records query may join another
 * records table). So a change to a table's rules or indexes has one place to look, and a feature that needs another's
 * table asks that table's repository.
 *
 * <p>The tables are those the Flyway migrations create (Camunda creates its own ACT_* tables; they are not there).
 * A main source uses a table when a string literal or text block of its code (comments left out) names it after
 * {@code from}, {@code join}, {@code into} or {@code update}, or is the table's name alone (a repository that puts
 * the name into its statements). Keywords in any case, table names as the migrations spell them (lower case): the
 * Salesforce client's SOQL ({@code FROM Account}) names Salesforce objects, not our tables.
 */
class TableOwnershipTest {

  private static final Path MAIN = Path.of("src/main/java/com/sentimenttriage");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final String RECORDS = "records";

  /** Literals that are a table's name alone but no SQL, by file, each with what it is. */
  private static final Map<String, Set<String>> NOT_A_TABLE = Map.of(
      // An Intercom conversation part's author type, spelt like our contact table.
      "intake/connector/IntercomConnector.java", Set.of("contact"));

  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

  @Test
  void everyTablesSqlIsInOnePackage() throws IOException {
    Map<String, Map<String, Set<String>>> usesByTable = usesByTable(tables(), sqlOfMainSources());
    Map<String, String> spread = new TreeMap<>();
    usesByTable.forEach((table, classesByPackage) -> {
      if (classesByPackage.size() > 1) {
        spread.put(table, classesByPackage.toString());
      }
    });
    assertThat(spread)
        .as("tables whose SQL is in more than one package (package=[classes]): a table several features use "
            + "belongs in %s, behind one repository class, and the others ask that class", RECORDS)
        .isEmpty();
  }

  @Test
  void eachTableRecordsOwnsIsWrittenByOneRepositoryClass() throws IOException {
    Map<String, String> sql = sqlOfMainSources();
    Map<String, Set<String>> writers = new TreeMap<>();
    for (String table : tables()) {
      Pattern write = Pattern.compile("(?i:\\b(?:into|update|delete\\s+from)\\s+)" + table + "\\b");
      Set<String> classes = sql.entrySet().stream()
          .filter(file -> file.getKey().startsWith(RECORDS + "/") && write.matcher(file.getValue()).find())
          .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
      if (classes.size() > 1) {
        writers.put(table, classes);
      }
    }
    assertThat(writers).as("tables in %s written by more than one class", RECORDS).isEmpty();
  }

  @Test
  void theTablesAreThoseTheMigrationsCreate() throws IOException {
    assertThat(tables())
        .contains("scored_ticket", "thread_turn", "ticket_delivery", "cs_alert", "account", "feedback_model")
        .noneMatch(table -> table.startsWith("act_"));
  }

  @Test
  void theScanFindsStatementsAndTableNamesButNotCommentsOrSoql() {
    String code = """
        /** Reads from scored_ticket. */
        class Example {
          // insert into cs_alert
          String a = "select count(*) from ticket_delivery where x = '\\"'";
          String b = \"""
              select t.id
                from thread_turn t
                join account a on a.id = t.account_id\""";
          String c = "update " + "helpdesk_write_back set x = 1";
          Versions d = new Versions(jdbc, "feedback_model");
          String soql = "SELECT Id FROM Account WHERE Name = 'x'";
          char quote = '"';
          String e = "delete from contact";
        }
        """;
    Map<String, Map<String, Set<String>>> uses = usesByTable(Set.of("ticket_delivery", "thread_turn",
        "account", "cs_alert", "helpdesk_write_back", "feedback_model", "contact", "scored_ticket"),
        Map.of("feature/Example.java", sqlOf(code)));
    assertThat(uses.keySet()).containsExactlyInAnyOrder("ticket_delivery", "thread_turn", "account",
        "helpdesk_write_back", "feedback_model", "contact");
  }

  @Test
  void theScanFindsTheStatementsOfTheMainSources() throws IOException {
    Map<String, Map<String, Set<String>>> uses = usesByTable(tables(), sqlOfMainSources());
    assertThat(uses.get("scored_ticket")).containsKey(RECORDS);
    assertThat(uses.get("scored_ticket").get(RECORDS)).contains("records/ScoredTicketStore.java");
    assertThat(uses.get("feedback_model")).containsOnlyKeys("learning");
    assertThat(uses.get("alert_cooldown")).containsOnlyKeys("gating");
  }

  /** Each table the sources use, with the packages (and their classes) whose code names it in SQL. */
  private static Map<String, Map<String, Set<String>>> usesByTable(Set<String> tables,
      Map<String, String> sqlByFile) {
    Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
    for (String table : tables) {
      Pattern statement = Pattern.compile("(?i:\\b(?:from|join|into|update)\\s+)" + table + "\\b");
      Pattern name = Pattern.compile("(?m)^" + table + "$");
      sqlByFile.forEach((file, sql) -> {
        if (statement.matcher(sql).find() || name.matcher(sql).find()
            && !NOT_A_TABLE.getOrDefault(file, Set.of()).contains(table)) {
          String pkg = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
          uses.computeIfAbsent(table, t -> new TreeMap<>()).computeIfAbsent(pkg, p -> new TreeSet<>()).add(file);
        }
      });
    }
    return uses;
  }

  private static Set<String> tables() throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher create = CREATE_TABLE.matcher(Files.readString(file));
        while (create.find()) {
          tables.add(create.group(1).toLowerCase());
        }
      }
    }
    return tables;
  }

  /** Each main source ("package/Class.java" under {@link #MAIN}) with the text of its string literals. */
  private static Map<String, String> sqlOfMainSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .collect(Collectors.toMap(file -> MAIN.relativize(file).toString().replace('\\', '/'),
              file -> sqlOf(read(file)), (a, b) -> a, TreeMap::new));
    }
  }

  /**
   * The string literals and text blocks of Java code, one per line, comments and character literals skipped. SQL
   * split over concatenated literals reads as one statement, as the pieces are joined by line breaks.
   */
  static String sqlOf(String code) {
    StringBuilder literals = new StringBuilder();
    int i = 0;
    while (i < code.length()) {
      if (code.startsWith("//", i)) {
        i = endOf(code, "\n", i + 2);
      } else if (code.startsWith("/*", i)) {
        i = endOf(code, "*/", i + 2);
      } else if (code.startsWith("\"\"\"", i)) {
        int end = endOf(code, "\"\"\"", i + 3);
        literals.append(code, i + 3, end - 3).append('\n');
        i = end;
      } else if (code.charAt(i) == '"' || code.charAt(i) == '\'') {
        char quote = code.charAt(i);
        int end = i + 1;
        while (code.charAt(end) != quote) {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        if (quote == '"') {
          literals.append(code, i + 1, end).append('\n');
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return literals.toString();
  }

  /** The index after the first {@code token} from {@code from} on, or the end of the code. */
  private static int endOf(String code, String token, int from) {
    int at = code.indexOf(token, from);
    return at < 0 ? code.length() : at + token.length();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }
}
