package com.sentimenttriage.scoring.engine;

/**
 * A cheap "is this English?" check. The lexicon only knows English, so for other languages an absence of
 * sentiment cues means "cannot tell", not "neutral": the score's confidence must drop and say why.
 *
 * <p>Two signals: most words written in a non-Latin script, or a Latin-script text of several words of
 * which few are English words the lexicon knows (its neutral entries include the common function words).
 */
record LanguageGuess(boolean english, String reason) {
  /** Below this share of known words a text of {@link #MIN_WORDS} or more is taken as another language. */
  static final double MIN_KNOWN_SHARE = 0.25;

  static final int MIN_WORDS = 4;

  static LanguageGuess of(PolarityCalculator.Result result) {
    if (result.words == 0) {
      return new LanguageGuess(true, null);
    }
    if (result.nonLatinWords * 2 > result.words) {
      return new LanguageGuess(
          false, "language: mostly " + result.nonLatinScript.toLowerCase().replace('_', ' ') + " script, not English");
    }
    if (result.words >= MIN_WORDS && result.knownWords < MIN_KNOWN_SHARE * result.words) {
      return new LanguageGuess(false, "language: few English words recognised, probably not English");
    }
    return new LanguageGuess(true, null);
  }
}
