package com.sentimenttriage.scoring.engine;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Chooses the language to score a text in, with Lingua (a library made for language detection, Apache 2.0) over
 * the seven languages of {@link Language} only. The rules, in order:
 *
 * <ol>
 *   <li>fewer than {@value #MIN_LETTERS} letters: too short to tell ("ok thx", "Danke!") → the hint, else English;
 *   <li>no language clearly ahead (Lingua's minimum relative distance {@value #MIN_RELATIVE_DISTANCE}), or a script
 *       none of the seven uses → the hint, else English;
 *   <li>a detected language without data ({@link Language#isSupported()}) → the hint, else English with low
 *       confidence and the reason;
 *   <li>otherwise the detected language; a confident detection wins over the hint (a customer of a German helpdesk
 *       may write in English).
 * </ol>
 *
 * <p>Lingua's high-accuracy mode: its low-accuracy mode (trigrams only) takes a tenth of the heap but read 7 % of
 * English tweets as another language, against under 1 % here; the measurements are in docs/accuracy.md. The
 * detector is built once per JVM, on the first text that needs it, and is thread-safe.
 */
final class LanguageDetection {
  /** Below this many letters Lingua guesses; a short text is scored in the hint's language or English. */
  static final int MIN_LETTERS = 20;
  /**
   * Lingua answers "unknown" when the two likeliest languages are closer than this. 0.03 kept English texts read as
   * another language to 0.3 % of English tweets while keeping 86-100 % of the other languages' texts (0.1 lost a
   * third of the Portuguese tweets).
   */
  static final double MIN_RELATIVE_DISTANCE = 0.03;

  /**
   * The language chosen and how, for people ("German (detected)"); {@code unsupported} when the text is in a
   * language without data, so its English score cannot be trusted.
   */
  record Choice(Language language, String reason, boolean unsupported) {}

  private LanguageDetection() {}

  /** Holder idiom: the models (about 200 MB) load on first use, once per JVM, however many scorers there are. */
  private static final class Detector {
    static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(
            com.github.pemistahl.lingua.api.Language.ENGLISH,
            com.github.pemistahl.lingua.api.Language.GERMAN,
            com.github.pemistahl.lingua.api.Language.SPANISH,
            com.github.pemistahl.lingua.api.Language.FRENCH,
            com.github.pemistahl.lingua.api.Language.PORTUGUESE,
            com.github.pemistahl.lingua.api.Language.ITALIAN,
            com.github.pemistahl.lingua.api.Language.DUTCH)
        .withMinimumRelativeDistance(MIN_RELATIVE_DISTANCE)
        .build();
  }

  /**
   * @param hintOrNull the caller's guess (a helpdesk's locale), used where detection cannot tell
   * @param supported whether the scorer has data for a language
   */
  static Choice choose(String text, Language hintOrNull, Predicate<Language> supported) {
    // Asked only where needed: asking loads the language's data.
    Supplier<Language> hint = () -> hintOrNull != null && supported.test(hintOrNull) ? hintOrNull : null;
    if (letters(text) < MIN_LETTERS) {
      return fallback(hint, "too short to detect");
    }
    Language detected = ofLingua(Detector.INSTANCE.detectLanguageOf(text));
    if (detected == null) {
      return fallback(hint, "detection unsure");
    }
    if (!supported.test(detected)) {
      Language hinted = hint.get();
      return hinted != null ? new Choice(hinted, hinted.displayName() + " (hint; " + detected.displayName()
          + " detected, not supported yet)", false)
          : new Choice(Language.ENGLISH, detected.displayName() + " detected, not supported yet, scored as English",
              true);
    }
    return new Choice(detected, detected.displayName() + " (detected)", false);
  }

  private static Choice fallback(Supplier<Language> hinted, String why) {
    Language hint = hinted.get();
    return hint != null ? new Choice(hint, hint.displayName() + " (hint; " + why + ")", false)
        : new Choice(Language.ENGLISH, "English (" + why + ")", false);
  }

  private static Language ofLingua(com.github.pemistahl.lingua.api.Language language) {
    return switch (language) {
      case ENGLISH -> Language.ENGLISH;
      case GERMAN -> Language.GERMAN;
      case SPANISH -> Language.SPANISH;
      case FRENCH -> Language.FRENCH;
      case PORTUGUESE -> Language.PORTUGUESE;
      case ITALIAN -> Language.ITALIAN;
      case DUTCH -> Language.DUTCH;
      default -> null; // UNKNOWN: no language clearly ahead
    };
  }

  private static int letters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
