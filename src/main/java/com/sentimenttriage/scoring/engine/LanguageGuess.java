package com.sentimenttriage.scoring.engine;

/**
 * A cheap "can these words judge this text?" check. A lexicon only knows its own language, so for other
 * languages an absence of sentiment cues means "cannot tell", not "neutral": the score's confidence must drop
 * and say why.
 *
 * <p>Two signals: most words written in a non-Latin script, or (English only, whose lexicon's neutral entries
 * include the common function words) a Latin-script text of several words of which few are English words the
 * lexicon knows.
 */
record LanguageGuess(boolean readable, String reason) {
  /** Below this share of known words a text of {@link #MIN_WORDS} or more is taken as another language. */
  static final double MIN_KNOWN_SHARE = 0.25;

  static final int MIN_WORDS = 4;

  /**
   * From this share of known English words up, a text of {@link #MIN_WORDS} or more is English without asking the
   * language detector. Texts in the other six languages stay far below it (their function words are not English
   * words); docs/accuracy.md has the measurement.
   */
  static final double PLAINLY_ENGLISH_SHARE = 0.6;

  /** Whether a text that scored {@code asEnglish} with the English words is plainly English. */
  static boolean plainlyEnglish(PolarityCalculator.Result asEnglish) {
    return asEnglish.words >= MIN_WORDS && asEnglish.nonLatinWords * 2 <= asEnglish.words
        && asEnglish.knownWords >= PLAINLY_ENGLISH_SHARE * asEnglish.words;
  }

  /** A language the scorer has no data for, scored with the English words instead. */
  static LanguageGuess unsupported(Language language) {
    return new LanguageGuess(false, "language: " + language.displayName() + " is not supported yet, scored as English");
  }

  /** Whether {@code language}'s data can judge a text that scored {@code result} with it. */
  static LanguageGuess of(PolarityCalculator.Result result, Language language) {
    if (result.words == 0) {
      return new LanguageGuess(true, null);
    }
    if (result.nonLatinWords * 2 > result.words) {
      return new LanguageGuess(
          false, "language: mostly " + result.nonLatinScript.toLowerCase().replace('_', ' ') + " script, not "
              + language.displayName());
    }
    if (language == Language.ENGLISH && result.words >= MIN_WORDS
        && result.knownWords < MIN_KNOWN_SHARE * result.words) {
      return new LanguageGuess(false, "language: few English words recognised, probably not English");
    }
    return new LanguageGuess(true, null);
  }
}
