package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which language a text is scored in when the caller does not say (Lingua's detection and the fallbacks), on the
 * fixture data: German has data, Spanish has none here (whatever ships), so both paths are fixed.
 */
class LanguageDetectionTest {
  private static final SentimentScorer SCORER = fixture();
  private static final String GERMAN = "Die App funktioniert nicht mehr, das ist wirklich ärgerlich.";
  private static final String SPANISH = "Sigo esperando una respuesta, el producto no funciona desde hace una semana.";

  private static SentimentScorer fixture() {
    try {
      return SentimentScorer.withResourceDirectories(
          Map.of(Language.GERMAN, "scoring-fixture/de/", Language.SPANISH, "scoring-fixture/none/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void detectedLanguageScoresTheTextAndSaysSo() {
    TicketScore score = SCORER.score(GERMAN);
    assertThat(score.language()).isEqualTo("de");
    assertThat(score.languageReason()).isEqualTo("German (detected)");
    assertThat(score.polarity()).isNegative(); // "funktioniert nicht" in the fixture's words
    assertThat(score.explanation()).contains(new Evidence("language: German (detected)", 0));
  }

  @Test
  void englishIsDetectedWithoutALineInTheExplanation() {
    TicketScore score = SCORER.score("The export has been broken since yesterday and nobody answers.");
    assertThat(score.language()).isEqualTo("en");
    assertThat(score.languageReason()).isEqualTo("English (mostly English words)");
    assertThat(score.explanation()).extracting(Evidence::phrase).noneMatch(phrase -> phrase.startsWith("language"));
  }
  /** Few words the English lexicon knows (product jargon): the detector decides, and it says English. */
  @Test
  void englishJargonGoesToTheDetector() {
    TicketScore score = SCORER.score("Webhook payload schema mismatch: invoice_id field missing since v2.3 deployment");
    assertThat(score.language()).isEqualTo("en");
    assertThat(score.languageReason()).isEqualTo("English (detected)");
  }


  @Test
  void shortTextIsEnglishUnlessTheHintNamesALanguageWithData() {
    assertThat(SCORER.score("Danke, gut!").languageReason()).isEqualTo("English (too short to detect)");
    TicketScore hinted = SCORER.scoreDetecting("Danke, gut!", Language.GERMAN);
    assertThat(hinted.language()).isEqualTo("de");
    assertThat(hinted.languageReason()).isEqualTo("German (hint; too short to detect)");
    assertThat(hinted.polarity()).isPositive();
    assertThat(SCORER.scoreDetecting("Gracias", Language.SPANISH).languageReason())
        .isEqualTo("English (too short to detect)");
  }

  @Test
  void confidentDetectionWinsOverTheHint() {
    assertThat(SCORER.scoreDetecting("The export has been broken since yesterday.", Language.GERMAN).language())
        .isEqualTo("en");
  }

  @Test
  void detectedLanguageWithoutDataIsScoredAsEnglishWithLowConfidence() {
    TicketScore score = SCORER.score(SPANISH);
    assertThat(score.language()).isEqualTo("en");
    assertThat(score.confidence()).isLessThanOrEqualTo(0.2);
    assertThat(score.explanation())
        .contains(new Evidence("language: Spanish detected, not supported yet, scored as English", 0));
    TicketScore hinted = SCORER.scoreDetecting(SPANISH, Language.GERMAN);
    assertThat(hinted.languageReason()).isEqualTo("German (hint; Spanish detected, not supported yet)");
  }

  @Test
  void scriptNoneOfTheLanguagesUsesIsEnglishWithLowConfidence() {
    TicketScore score = SCORER.score("Это ужасно, ничего не работает уже целую неделю");
    assertThat(score.languageReason()).isEqualTo("English (detection unsure)");
    assertThat(score.confidence()).isLessThanOrEqualTo(0.2);
  }

  @Test
  void eachMessageOfAThreadIsDetectedOnItsOwn() {
    ThreadScore thread = SCORER.scoreThread(List.of(
        new ThreadMessage(ThreadMessage.Author.CUSTOMER, GERMAN),
        new ThreadMessage(ThreadMessage.Author.CUSTOMER, "Sorry, in English: the export is still broken.")));
    assertThat(thread.customerMessages()).extracting(TicketScore::language).containsExactly("de", "en");
  }

  @Test
  void confidenceFollowsTheShareOfWordsTheLanguageKnows() {
    // "gut" alone: one unit, 0.45 + 0.12 = 0.57, every word known
    assertThat(SCORER.score("gut", Language.GERMAN).confidence()).isEqualTo(0.57);
    // one word of ten known: 0.2 + (0.57 - 0.2) × (0.1 / 0.25) = 0.348
    assertThat(SCORER.score("Das Produkt ist gut und die Lieferung kam schnell an", Language.GERMAN).confidence())
        .isEqualTo(0.35);
  }
}
