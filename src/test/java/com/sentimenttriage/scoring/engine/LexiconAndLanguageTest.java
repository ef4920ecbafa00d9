package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconAndLanguageTest {
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();

  @Test
  void extraLexiconOverridesAndAdds(@TempDir Path dir) throws IOException {
    Path extra =
        Files.writeString(dir.resolve("extra.tsv"), "# comment\ngood\t-2.0\t0.5\t[1, 2]\nzorbly\t3.0\n");
    SentimentScorer scorer = SentimentScorer.withExtraLexicon(extra);

    assertThat(SCORER.score("good").polarity()).isPositive();
    assertThat(scorer.score("good").polarity()).isNegative();
    assertThat(SCORER.score("zorbly").polarity()).isZero();
    assertThat(scorer.score("zorbly").polarity()).isPositive();
  }

  @Test
  void extraLexiconWithBadValenceNamesTheLine(@TempDir Path dir) throws IOException {
    Path extra = Files.writeString(dir.resolve("extra.tsv"), "good\t1.0\nbad\tvery\n");
    assertThatThrownBy(() -> SentimentScorer.withExtraLexicon(extra)).isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }

  @Test
  void inflectionsFallBackToTheStem() {
    assertThat(SCORER.score("it annoys me").polarity()).isNegative();
    assertThat(SCORER.score("likely").polarity()).isZero();
  }

  @Test
  void nonEnglishTextHasLowConfidenceAndSaysWhy() {
    for (String text :
        new String[] {
          // German has its own words now (GermanScoringTest); Swedish has none yet.
          "Exporten fungerar inte sedan igår och vi väntar fortfarande på svar",
          "Экспорт не работает уже два дня",
          "エクスポートが動きません"
        }) {
      TicketScore score = SCORER.score(text);
      assertThat(score.confidence()).as(text).isLessThanOrEqualTo(0.2);
      assertThat(score.explanation()).as(text).anyMatch(e -> e.phrase().startsWith("language:"));
    }
  }

  @Test
  void plainEnglishNeutralQuestionIsConfidentlyNeutral() {
    TicketScore score = SCORER.score("How do I add another user to our workspace?");
    assertThat(score.label()).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(score.confidence()).isGreaterThanOrEqualTo(0.5);
    assertThat(score.frustration()).isLessThan(30);
  }
}
