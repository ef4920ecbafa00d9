package com.sentimenttriage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineParserTest {

  private static final String USAGE = "usage: demo FILE --format F [--count N] [--ratio R]";

  private static CommandLineParser parser() {
    return new CommandLineParser("demo", USAGE)
        .positional("FILE")
        .requiredOption("--format")
        .option("--count")
        .option("--ratio");
  }

  @Test
  void readsAValueGivenAsTheNextArgumentOrAfterAnEqualsSign() {
    CommandLine line = parser().parse("in.csv", "--format", "csv", "--count=3", "--ratio=a=b");

    assertThat(line.value("--format")).contains("csv");
    assertThat(line.integer("--count")).contains(3);
    assertThat(line.value("--ratio")).as("only the first '=' separates").contains("a=b");
  }

  @Test
  void anOmittedOptionHasNoValueAndTheLastOfARepeatedOptionWins() {
    CommandLine line = parser().parse("in.csv", "--format", "csv", "--format=jsonl");

    assertThat(line.value("--format")).contains("jsonl");
    assertThat(line.value("--count")).isEmpty();
    assertThat(line.integer("--count")).isEmpty();
    assertThat(line.number("--ratio")).isEmpty();
  }

  @Test
  void anEmptyValueAfterTheEqualsSignIsAValue() {
    assertThat(parser().parse("in.csv", "--format=").value("--format")).contains("");
  }

  @Test
  void aValueMayStartWithOneDash() {
    CommandLine line = parser().parse("in.csv", "--format", "csv", "--count", "-3", "--ratio", "-0.5");

    assertThat(line.integer("--count")).contains(-3);
    assertThat(line.number("--ratio")).contains(-0.5);
  }

  @Test
  void positionalArgumentsMayStandBetweenOptions() {
    CommandLine line = new CommandLineParser("demo", USAGE).positional("FROM").positional("TO").option("--count")
        .parse("a", "--count", "2", "b");

    assertThat(line.positionals()).containsExactly("a", "b");
  }

  @Test
  void unknownOptionsArePassedOnAsGivenWhenTheCommandAsks() {
    CommandLine line = parser().passUnknownOptions()
        .parse("--spring.datasource.url=jdbc:h2:mem:x", "in.csv", "--format", "csv", "--debug");

    assertThat(line.passedOn()).containsExactly("--spring.datasource.url=jdbc:h2:mem:x", "--debug");
    assertThat(line.positionals()).containsExactly("in.csv");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "in.csv --format csv --bogus       | unknown option --bogus",
      "in.csv --format csv --bogus=1     | unknown option --bogus",
      "in.csv --format                   | --format needs a value",
      // the next option is not taken for the value
      "in.csv --count --format csv       | --count needs a value",
      "in.csv                            | --format is required",
      "--format csv                      | FILE is required",
      "in.csv more.csv --format csv      | unexpected argument more.csv",
  })
  void aWrongCommandLineIsAUsageErrorNamingTheProblem(String args, String problem) {
    assertThatThrownBy(() -> parser().parse(args.split(" ")))
        .isInstanceOf(UsageException.class)
        .hasMessage(problem);
  }

  @Test
  void aValueThatIsNoNumberIsAUsageErrorNamingTheOption() {
    CommandLine line = parser().parse("in.csv", "--format", "csv", "--count", "1.5", "--ratio", "NaN");

    assertThatThrownBy(() -> line.integer("--count"))
        .isInstanceOf(UsageException.class).hasMessage("--count needs a whole number, not '1.5'");
    assertThatThrownBy(() -> line.number("--ratio"))
        .isInstanceOf(UsageException.class).hasMessage("--ratio needs a number, not 'NaN'");
  }

  @Test
  void usagePrintsTheProblemAndTheUsageLineAndGivesExitCodeTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = parser().usage(new PrintStream(err, true, StandardCharsets.UTF_8), "unknown option --bogus");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("demo: unknown option --bogus", USAGE);
  }

  @Test
  void helpAnywhereOnTheLineAsksForTheUsageAndTheDescriptionInsteadOfARun() {
    CommandLineParser parser = parser().description("""
        Does the demo.

        exit codes:
          0  done
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(parser.wantsHelp("in.csv", "--format", "csv", "--help")).isTrue();
    assertThat(parser.wantsHelp("-h")).isTrue();
    assertThat(parser.wantsHelp("in.csv", "--format=--help-me")).isFalse();
    assertThat(parser.help(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(USAGE + "\n\nDoes the demo.\n\nexit codes:\n  0  done\n");
  }
}
