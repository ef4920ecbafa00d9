package com.sentimenttriage.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int exitCode, List<JsonNode> lines, String err, String raw) {}

  private static Run run(String input, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ScoreCommand.run(
            args,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    List<JsonNode> lines =
        out.toString(StandardCharsets.UTF_8).lines().map(ScoreCommandTest::parse).toList();
    return new Run(code, lines, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("output line is not JSON: " + line, e);
    }
  }

  @Test
  void writesOneScoreLinePerTicketWithAllFields() throws IOException {
    Run run = run("{\"id\": 7, \"text\": \"The export is broken and we will cancel our subscription\"}\n"
        + "{\"id\": \"b\", \"text\": \"Thanks, works great!\"}\n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines()).hasSize(2);
    JsonNode angry = run.lines().get(0);
    assertThat(angry.fieldNames())
        .toIterable()
        .containsExactly(
            "id", "polarity", "frustration", "label", "topics", "emotions", "urgency", "churnRisk", "confidence",
            "explanation", "language", "languageReason");
    assertThat(angry.get("id").asInt()).isEqualTo(7);
    assertThat(angry.get("churnRisk").asBoolean()).isTrue();
    assertThat(angry.get("label").asText()).isEqualTo("Urgent");
    assertThat(angry.get("topics").findValuesAsText("topic")).contains("churn-threat");
    assertThat(run.lines().get(1).get("id").asText()).isEqualTo("b");
    assertThat(run.lines().get(1).get("polarity").asDouble()).isPositive();
    assertThat(run.raw().lines()).allSatisfy(line -> assertThat(line).startsWith("{\"id\":").endsWith("}"));
  }

  @Test
  void printsTheLanguageEachTextWasDetectedInOrTheOneGiven() throws IOException {
    String input = "{\"id\": 1, \"text\": \"The export is broken again and nobody answers our emails\"}\n"
        + "{\"id\": 2, \"text\": \"ok thanks\"}\n";

    Run auto = run(input, "--language", "auto");
    assertThat(auto.lines()).extracting(line -> line.get("languageReason").asText())
        .containsExactly("English (mostly English words)", "English (too short to detect)");
    Run given = run(input, "--language", "en");
    assertThat(given.lines()).extracting(line -> line.get("languageReason").asText())
        .containsExactly("English (given)", "English (given)");
    assertThat(given.lines()).extracting(line -> line.get("language").asText()).containsExactly("en", "en");
  }

  @Test
  void unknownLanguageIsAUsageError() throws IOException {
    Run run = run("{\"id\": 1, \"text\": \"good\"}\n", "--language", "klingon");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--language must be auto or one of en, de, es, fr, pt, it, nl, not klingon");
  }

  @Test
  void malformedLineGivesAnErrorNamingTheLineAndTheRunGoesOn() throws IOException {
    Run run = run("{\"id\": 1, \"text\": \"good\"}\n{not json\n{\"id\": 3}\n{\"id\": 4, \"text\": \"bad\"}\n");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines()).hasSize(4);
    assertThat(run.lines().get(1).get("line").asInt()).isEqualTo(2);
    assertThat(run.lines().get(1).has("error")).isTrue();
    assertThat(run.lines().get(2).get("line").asInt()).isEqualTo(3);
    assertThat(run.lines().get(2).get("error").asText()).contains("text");
    assertThat(run.lines().get(3).get("id").asInt()).isEqualTo(4);
    assertThat(run.lines().get(3).get("polarity").asDouble()).isNegative();
  }

  @Test
  void extraLexiconFlagOverridesBuiltInValences(@TempDir Path dir) throws IOException {
    Path lexicon = Files.writeString(dir.resolve("extra.tsv"), "good\t-3.0\n");

    Run run = run("{\"id\": 1, \"text\": \"good\"}\n", "--lexicon", lexicon.toString());

    assertThat(run.lines().get(0).get("polarity").asDouble()).isNegative();
  }

  @Test
  void keepsInputOrderAcrossBatchesScoredInParallel() throws IOException {
    StringBuilder input = new StringBuilder();
    int count = ScoreCommand.BATCH_SIZE * 5 + 3;
    for (int i = 0; i < count; i++) {
      input.append("{\"id\": ").append(i).append(", \"text\": \"").append(i % 2 == 0 ? "great" : "awful").append("\"}\n");
    }

    Run run = run(input.toString(), "--threads", "3");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines()).hasSize(count);
    for (int i = 0; i < count; i++) {
      JsonNode line = run.lines().get(i);
      assertThat(line.get("id").asInt()).isEqualTo(i);
      assertThat(line.get("polarity").asDouble() > 0).isEqualTo(i % 2 == 0);
    }
  }

  @Test
  void echoesEveryKindOfIdExactlyAsGiven() throws IOException {
    Run run = run("{\"text\": \"good\", \"id\": {\"ticket\": [12, \"a\\\"b\"]}}\n"
        + "{\"id\": 1.50, \"text\": \"good\"}\n"
        + "{\"id\": null, \"text\": \"good\"}\n"
        + "{\"text\": \"good\"}\n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.raw().lines().toList())
        .map(line -> line.substring(0, line.indexOf(",\"polarity\"")))
        .containsExactly(
            "{\"id\":{\"ticket\":[12,\"a\\\"b\"]}", "{\"id\":1.50", "{\"id\":null", "{\"id\":null");
  }

  @Test
  void badExtraLexiconIsRejectedWithTheLineNamed(@TempDir Path dir) throws IOException {
    Path lexicon = Files.writeString(dir.resolve("extra.tsv"), "good\t1.0\nbad\tvery\n");

    Run run = run("{\"id\": 1, \"text\": \"good\"}\n", "--lexicon", lexicon.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("line 2").contains("usage");
    assertThat(run.raw()).isEmpty();
  }

  @Test
  void unknownArgumentsAreRejectedWithUsage() throws IOException {
    Run run = run("", "--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("usage");
  }

  @Test
  void aBadLineIsNamedOnStderrWithTheDocumentedExitCode() throws IOException {
    Run run = run("{\"id\": 1, \"text\": \"fine\"}\nnot json at all\n{\"id\": 3}\n");

    assertThat(run.exitCode()).as("the documented exit code of a run with bad lines").isEqualTo(1);
    assertThat(run.err().lines()).hasSize(2).allMatch(line -> line.startsWith("score: line "));
    assertThat(run.err().lines().toList().get(0)).startsWith("score: line 2: Unrecognized token 'not'");
    assertThat(run.err().lines().toList().get(1)).isEqualTo("score: line 3: missing string field \"text\"");
    ByteArrayOutputStream help = new ByteArrayOutputStream();
    assertThat(ScoreCommand.run(new String[] {"--help"}, new ByteArrayInputStream(new byte[0]), help, System.err))
        .isZero();
    assertThat(help.toString(StandardCharsets.UTF_8)).contains("1  some lines could not be scored");
  }

  @Test
  void aMissingLexiconFileIsOneLineSayingSo(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("my-words.tsv");

    Run run = run("{\"id\": 1, \"text\": \"fine\"}\n", "--lexicon", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList().get(0))
        .isEqualTo("score: the lexicon file " + missing + " does not exist (--lexicon)");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.raw()).isEmpty();
  }
}
