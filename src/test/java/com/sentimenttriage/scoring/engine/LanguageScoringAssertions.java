package com.sentimenttriage.scoring.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;

/**
 * One-line expectations for the per-language tests, in Lucene's manner:
 * {@code assertNegative(Language.GERMAN, "Ich warte immer noch auf eine Antwort, das ist inakzeptabel.")}. Texts are
 * scored by the built-in scorer with the language given; {@link #assertDetected} scores with detection. Every
 * failure shows the score and its explanation, so a failing line says what the scorer saw.
 *
 * <p>Negative and positive mean a polarity beyond the neutral band (±{@value MoodModel#NEUTRAL_BAND}), as the
 * label does; neutral means within it.
 */
public final class LanguageScoringAssertions {
  /** One scorer for every test class: each language loads once, on its first text. */
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();

  private LanguageScoringAssertions() {}

  /** The built-in scorer's score of {@code text} in {@code language}, for expectations these lines do not cover. */
  public static TicketScore score(Language language, String text) {
    return SCORER.score(text, language);
  }

  public static void assertNegative(Language language, String text) {
    TicketScore score = score(language, text);
    if (!(score.polarity() < -MoodModel.NEUTRAL_BAND)) {
      fail(failure("negative", language, text, score));
    }
  }

  public static void assertPositive(Language language, String text) {
    TicketScore score = score(language, text);
    if (!(score.polarity() > MoodModel.NEUTRAL_BAND)) {
      fail(failure("positive", language, text, score));
    }
  }

  public static void assertNeutral(Language language, String text) {
    TicketScore score = score(language, text);
    if (Math.abs(score.polarity()) > MoodModel.NEUTRAL_BAND) {
      fail(failure("neutral", language, text, score));
    }
  }

  public static void assertFrustrationAtLeast(Language language, String text, int minimum) {
    TicketScore score = score(language, text);
    if (score.frustration() < minimum) {
      fail(failure("frustration >= " + minimum, language, text, score));
    }
  }

  /** The text finds the taxonomy topic with this key ("billing", "churn-threat"), among others maybe. */
  public static void assertTopic(Language language, String text, String topicKey) {
    TicketScore score = score(language, text);
    if (score.topics().stream().noneMatch(topic -> topic.topic().equals(topicKey))) {
      fail(failure("topic " + topicKey, language, text, score));
    }
  }

  /** Scoring without a language scores {@code text} as {@code expected}. */
  public static void assertDetected(Language expected, String text) {
    TicketScore score = SCORER.score(text);
    if (!score.language().equals(expected.code())) {
      fail(failure("scored as " + expected.code(), null, text, score));
    }
  }

  static String failure(String expected, Language language, String text, TicketScore score) {
    return "expected " + expected + " for " + (language == null ? "" : language.code() + " ") + "\"" + text
        + "\"\n  but polarity " + score.polarity() + ", label " + score.label() + ", frustration "
        + score.frustration() + ", confidence " + score.confidence() + ", scored as " + score.language() + " ("
        + score.languageReason() + "), topics "
        + score.topics().stream().map(TopicMatch::topic).collect(Collectors.joining(", ", "[", "]"))
        + "\n  explanation: " + score.explanation().stream()
            .map(evidence -> "\"" + evidence.phrase() + "\" " + evidence.weight())
            .collect(Collectors.joining(", "));
  }
}
