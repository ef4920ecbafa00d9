package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language mechanics (analysis chain, postposed negators, stem fallback, lazy loading) on small fixture data in
 * {@code src/test/resources/scoring-fixture/}, so these tests do not move when the shipped word lists grow. The
 * expected weights are the fixture valences by hand: "bon" 2.0 negated is 2.0 × -0.74 = -1.48.
 */
class LanguageMechanicsTest {
  private static final SentimentScorer GERMAN = fixture(Language.GERMAN);
  private static final SentimentScorer FRENCH = fixture(Language.FRENCH);

  private static SentimentScorer fixture(Language language) {
    try {
      return SentimentScorer.withResourceDirectory(language, "scoring-fixture/" + language.code() + "/", null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double german(String text) {
    return GERMAN.score(text, Language.GERMAN).polarity();
  }

  private static double french(String text) {
    return FRENCH.score(text, Language.FRENCH).polarity();
  }

  /** The single unit's weight, which is the valence after negation and boosts. */
  private static double weight(TicketScore score) {
    assertThat(score.explanation()).as(score.toString()).isNotEmpty();
    return score.explanation().get(0).weight();
  }

  private static String[] terms(Language language, String text) {
    TokenSequence tokens = TokenSequence.analyze(
        new SentimentAnalyzer(language, CharArraySet.EMPTY_SET, CharArraySet.EMPTY_SET), text);
    return Arrays.copyOf(tokens.terms, tokens.size);
  }

  private static String[] stems(Language language, String text) {
    TokenSequence tokens = TokenSequence.analyze(
        new SentimentAnalyzer(language, CharArraySet.EMPTY_SET, CharArraySet.EMPTY_SET), text);
    return Arrays.copyOf(tokens.stems, tokens.size);
  }

  @Test
  void frenchNegatingElisionBecomesNeAndArticlesAreDropped() {
    assertThat(terms(Language.FRENCH, "Ce n'est pas l'application")).containsExactly("ce", "ne", "est", "pas",
        "application");
    assertThat(terms(Language.FRENCH, "N’importe quoi")).containsExactly("ne", "importe", "quoi");
  }

  @Test
  void italianArticlesAreDroppedAndNothingIsSplitOff() {
    assertThat(terms(Language.ITALIAN, "dell'assistenza un'ottima")).containsExactly("assistenza", "ottima");
  }

  @Test
  void englishKeepsApostrophesAndPorterStems() {
    assertThat(terms(Language.ENGLISH, "l'avion n'est")).containsExactly("l'avion", "n'est");
    assertThat(stems(Language.ENGLISH, "exporting café")).containsExactly("export", "café");
  }

  @Test
  void otherLanguagesFoldAccentsOnTermAndStem() {
    assertThat(terms(Language.FRENCH, "Réponse déçue")).containsExactly("reponse", "decue");
    assertThat(stems(Language.FRENCH, "Réponse déçue")).containsExactly("repons", "decu");
    assertThat(stems(Language.GERMAN, "Enttäuschend")).containsExactly("enttausch");
  }

  @Test
  void wordsWithAndWithoutAccentsMatchTheSameEntry() {
    assertThat(weight(FRENCH.score("déçu", Language.FRENCH))).isEqualTo(-2.0);
    assertThat(weight(FRENCH.score("decu", Language.FRENCH))).isEqualTo(-2.0);
    assertThat(weight(FRENCH.score("Je suis DÉÇU", Language.FRENCH))).isLessThan(-2.0); // capitals add emphasis
  }

  @Test
  void postposedNegatorFlipsTheWordBeforeIt() {
    assertThat(german("Die App funktioniert.")).isPositive();
    assertThat(german("Die App funktioniert nicht.")).isNegative();
    assertThat(german("Das gefällt mir nicht")).isNegative();
    assertThat(GERMAN.score("Das gefällt mir nicht", Language.GERMAN).explanation().get(0))
        .isEqualTo(new Evidence("gefällt mir nicht", -1.48));
  }

  @Test
  void postposedNegatorReachesTwoWordsWithinTheClause() {
    assertThat(german("Gut war das für uns nicht")).isPositive();
    assertThat(german("Das ist gut. Nicht jetzt")).isPositive();
  }

  @Test
  void explanationQuotesTheTextAsWritten() {
    assertThat(FRENCH.score("Franchement, ce n'est pas Bon.", Language.FRENCH).explanation().get(0))
        .isEqualTo(new Evidence("n'est pas Bon", -1.48));
  }

  @Test
  void wordNegatedFromBothSidesIsNegatedOnce() {
    assertThat(weight(FRENCH.score("Ce n'est pas bon", Language.FRENCH))).isEqualTo(-1.48);
    assertThat(weight(FRENCH.score("Je n'aime pas ça", Language.FRENCH))).isEqualTo(-1.48);
    assertThat(weight(FRENCH.score("J'aime pas", Language.FRENCH))).isEqualTo(-1.48);
    assertThat(weight(FRENCH.score("C'est pas bon", Language.FRENCH))).isEqualTo(-1.48);
  }

  @Test
  void negatorThatNegatesTheWordAfterItDoesNotAlsoLookBack() {
    // "leider" (-1) stays negative; only "gut" is negated: -1 + 1.9 × -0.74.
    assertThat(german("Leider nicht gut")).isLessThan(german("Nicht gut"));
  }

  @Test
  void everyEntrySpeaksForItsStemAndTheBaseFormWins() {
    // "bonne" comes first in the fixture, but "bon" is its own stem, so "bons" is 2.0
    assertThat(weight(FRENCH.score("bons", Language.FRENCH))).isEqualTo(2.0);
    // "adorer" speaks for "adore" (stem "ador") though it is not its own stem
    assertThat(weight(FRENCH.score("J'adore", Language.FRENCH))).isEqualTo(3.0);
    // neither "enttäuschend" nor "enttäuschen" is its own stem: the first in the file wins
    assertThat(weight(GERMAN.score("enttäuschende", Language.GERMAN))).isEqualTo(-2.5);
    assertThat(weight(GERMAN.score("zufriedene", Language.GERMAN))).isEqualTo(2.0);
  }

  @Test
  void taxonomyTriggersMatchThroughTheLanguagesChain() {
    TicketScore score = GERMAN.score("Ihre Rechnungen nicht korrekt", Language.GERMAN);
    assertThat(score.topics()).extracting(TopicMatch::topic).containsExactly("billing");
  }

  @Test
  void scoreSaysWhichLanguageScoredIt() {
    TicketScore score = GERMAN.score("Die App funktioniert nicht.", Language.GERMAN);
    assertThat(score.language()).isEqualTo("de");
    assertThat(score.languageReason()).isEqualTo("German (given)");
    assertThat(score.explanation()).contains(new Evidence("language: German (given)", 0));
  }

  @Test
  void languageWithoutDataIsScoredAsEnglishWithLowConfidenceAndTheReason() throws IOException {
    SentimentScorer scorer = SentimentScorer.withResourceDirectory(Language.DUTCH, "scoring-fixture/none/", null);
    TicketScore score = scorer.score("This is terrible, nothing works", Language.DUTCH);
    assertThat(score.language()).isEqualTo("en");
    assertThat(score.polarity()).isNegative();
    assertThat(score.confidence()).isLessThanOrEqualTo(0.2);
    assertThat(score.explanation())
        .contains(new Evidence("language: Dutch is not supported yet, scored as English", 0));
  }

  @Test
  void languageLoadsOnItsFirstTextOnly() throws IOException {
    SentimentScorer scorer = SentimentScorer.withResourceDirectory(Language.GERMAN, "scoring-fixture/de/", null);
    assertThat(scorer.loaded(Language.GERMAN)).isFalse();
    scorer.score("The app does not work.", Language.ENGLISH);
    assertThat(scorer.loaded(Language.GERMAN)).isFalse();
    scorer.score("Die App funktioniert nicht.", Language.GERMAN);
    assertThat(scorer.loaded(Language.GERMAN)).isTrue();
  }

  @Test
  void extraLexiconOfALanguageOverridesItsBuiltInWords(@TempDir Path dir) throws IOException {
    Path extra = Files.writeString(dir.resolve("de.tsv"), "schlecht\t-1\nsupertoll\t3\n");
    SentimentScorer scorer = SentimentScorer.withResourceDirectory(Language.GERMAN, "scoring-fixture/de/", extra);
    assertThat(weight(scorer.score("schlecht", Language.GERMAN))).isEqualTo(-1.0);
    assertThat(weight(scorer.score("supertoll", Language.GERMAN))).isEqualTo(3.0);
    assertThat(scorer.score("supertoll", Language.ENGLISH).polarity()).isZero();
  }

  @Test
  void extraLexiconForALanguageWithoutDataIsRefused(@TempDir Path dir) throws IOException {
    Path extra = Files.writeString(dir.resolve("nl.tsv"), "slecht\t-2\n");
    assertThatThrownBy(() -> SentimentScorer.withResourceDirectory(Language.DUTCH, "scoring-fixture/none/", extra))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no built-in data for Dutch");
  }

  @Test
  void languagesAreFoundByCodeOrLocale() {
    assertThat(Language.fromCode("de")).isEqualTo(Language.GERMAN);
    assertThat(Language.fromCode("PT")).isEqualTo(Language.PORTUGUESE);
    assertThat(Language.find("pt_BR")).contains(Language.PORTUGUESE);
    assertThat(Language.find("fr-CA")).contains(Language.FRENCH);
    assertThat(Language.find("pl")).isEmpty();
    assertThat(Language.find(null)).isEmpty();
    assertThatThrownBy(() -> Language.fromCode("xx")).hasMessage(
        "unknown language 'xx', expected one of en, de, es, fr, pt, it, nl");
    assertThat(List.of(Language.values())).extracting(Language::code)
        .containsExactly("en", "de", "es", "fr", "pt", "it", "nl");
  }
}
