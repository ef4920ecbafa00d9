package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever arrives in a ticket body, the scorer answers in range and never throws. */
class RobustnessTest {
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  private static final String[] FRAGMENTS = {
    "not", "good", "bad", "but", "!!!", "???", ":(", ":)", "😡", "👍", "<b>", "</p>", "&amp;", "&#x1F600;",
    "\n> quoted", "\nOn Mon, Jan 1, 2024 at 10:00 Bob <b@x.io> wrote:\n", "\n-- \n", "SOOO", "isn't", "no",
    "cancel our subscription", "data disappeared", "очень", "日本語", "\u0000", "\uFFFF", "\uD800", "\u200D",
    "<script>", "&#99999999;", "'", "’", "-", ".", " ", "\t", "\r\n", "EXTREMELY", "kind of", "never"
  };

  private static void assertInRange(TicketScore score) {
    assertThat(score.polarity()).isBetween(-1.0, 1.0);
    assertThat(score.frustration()).isBetween(0, 100);
    assertThat(score.confidence()).isBetween(0.0, 1.0);
    assertThat(score.emotions()).hasSize(Emotion.values().length);
    assertThat(score.emotions().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    assertThat(score.label()).isNotNull();
    assertThat(score.urgency()).isNotNull();
  }

  @Test
  void randomInputNeverThrowsAndStaysInRange() {
    Random random = new Random(20261122L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(40);
      for (int p = 0; p < parts; p++) {
        switch (random.nextInt(3)) {
          case 0 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
          case 1 -> text.append((char) random.nextInt(0x10000));
          default -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        }
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      assertInRange(SCORER.score(text.toString()));
    }
  }

  @Test
  void degenerateInputsScoreNeutralWithLowConfidence() {
    for (String text : new String[] {null, "", "   \n\t ", "\u0000\u0001\u0002", "<html></html>", "-- \nsig"}) {
      TicketScore score = SCORER.score(text);
      assertInRange(score);
      assertThat(score.label()).as(String.valueOf(text)).isEqualTo(SentimentLabel.NEUTRAL);
      assertThat(score.confidence()).as(String.valueOf(text)).isLessThanOrEqualTo(0.2);
    }
  }

  @Test
  void megabyteTextsAreScored() {
    Random random = new Random(7);
    byte[] junk = new byte[1 << 20];
    random.nextBytes(junk);
    assertInRange(SCORER.score(new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1)));
    assertInRange(SCORER.score("this is terrible ".repeat(70_000)));
    assertInRange(SCORER.score("!".repeat(1 << 20)));
    assertInRange(SCORER.score("<".repeat(1 << 20)));
    assertInRange(SCORER.score("a".repeat(1 << 20)));
  }

  @Test
  void emojiOnlyAndMixedScriptsAreScored() {
    assertThat(SCORER.score("😡😡😡").polarity()).isNegative();
    assertThat(SCORER.score("🎉👍").polarity()).isPositive();
    assertInRange(SCORER.score("сервис ужасный but the support was great 日本"));
  }

  @Test
  void htmlMailIsReducedToTheCustomersOwnWords() {
    String mail =
        "<html><body><p>The export is <b>broken</b> again.</p><br>"
            + "<div>-- <br>Jane Doe | Acme Corp | We love our customers!</div>\n"
            + "On Mon, Jan 1, 2024 at 10:00 AM Support <help@vendor.io> wrote:\n"
            + "> Great news, everything is fixed and wonderful!\n</body></html>";
    TicketScore score = SCORER.score(mail);
    assertThat(score.polarity()).isNegative();
    assertThat(score.explanation()).extracting(Evidence::phrase).noneMatch(p -> p.contains("love") || p.contains("wonderful"));
  }
}
