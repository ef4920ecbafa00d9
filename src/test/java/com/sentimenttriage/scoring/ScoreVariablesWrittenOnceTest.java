package com.sentimenttriage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The nine score variables are written in one place, ScoreVariables.write, for the first message, a reply and a
 * learned correction alike: a scan of the main sources for a direct write of any of them anywhere else.
 */
class ScoreVariablesWrittenOnceTest {

  private static final Pattern SCORE_WRITE = Pattern.compile(
      "\\b(POLARITY|FRUSTRATION|SENTIMENT_LABEL|TOPICS|HIGHEST_TOPIC_RISK|CHURN_RISK|SCORE_CONFIDENCE"
          + "|SCORE_EXPLANATION|TICKET_LANGUAGE)\\.(set|setLocal|setOutput)\\(");

  /**
   * ScoreVariables writes them. The recall audit shows the auditor a ticket's stored score in variables local to its
   * own task, in another process; it writes no score.
   */
  private static final Set<String> ALLOWED = Set.of("ScoreVariables.java", "LoadTicketForAuditDelegate.java");

  @Test
  void onlyScoreVariablesWritesTheScores() throws IOException {
    List<String> writers = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher write = SCORE_WRITE.matcher(Files.readString(source));
        while (write.find()) {
          if (!ALLOWED.contains(source.getFileName().toString())) {
            writers.add(source.getFileName() + ": " + write.group());
          }
        }
      }
    }
    assertThat(writers).isEmpty();
  }
}
