package com.sentimenttriage.scoring.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that change other words rather than carry sentiment themselves, from {@code scoring/modifiers.tsv}
 * ({@code phrase<TAB>kind<TAB>value}): negators flip ("not good"), boosters and dampeners scale ("extremely
 * slow", "kind of slow") and contrast words shift weight to what follows ("..., but the export is broken").
 *
 * <p>A postposed negator ({@code negator-after}: German "funktioniert nicht", French "j'aime pas") flips the word
 * before it instead. A word may be listed as both a negator and a negator-after (German "nicht": "nicht gut",
 * "gefällt mir nicht"); it is then a negator here, and {@link #negatesBefore} says it also looks back.
 */
final class Modifiers {
  static final String FILE = "modifiers.tsv";

  enum Kind {
    NEGATOR,
    NEGATOR_AFTER,
    BOOSTER,
    DAMPENER,
    CONTRAST
  }

  record Modifier(Kind kind, float value) {}

  private final Map<String, Modifier> words;
  private final Map<String, Modifier> phrases;
  private final Set<String> afterNegators;
  private final HashBloom wordFilter;

  private Modifiers(Map<String, Modifier> words, Map<String, Modifier> phrases, Set<String> afterNegators) {
    this.wordFilter = new HashBloom(words.keySet());
    this.words = Collections.unmodifiableMap(new HashMap<>(words));
    this.phrases = Collections.unmodifiableMap(new HashMap<>(phrases));
    this.afterNegators = Set.copyOf(afterNegators);
  }

  /**
   * The modifiers of {@code language} from {@code directory}; none for a language other than English without the
   * file. Words are stored in the form the language's analysis gives them ({@link Language#normalize}), so "très"
   * is found as "tres".
   */
  static Modifiers load(Language language, String directory) {
    Map<String, Modifier> words = new HashMap<>();
    Map<String, Modifier> phrases = new HashMap<>();
    Set<String> afterNegators = new HashSet<>();
    Tsv.readResource(
        directory + FILE,
        language != Language.ENGLISH,
        (line, fields) -> {
          if (fields.length < 2) {
            throw new IllegalArgumentException("expected phrase<TAB>kind[<TAB>value]");
          }
          String phrase = fields[0].strip().toLowerCase(Locale.ROOT);
          Kind kind = Kind.valueOf(fields[1].strip().replace('-', '_').toUpperCase(Locale.ROOT));
          float value = fields.length > 2 && !fields[2].isBlank() ? Float.parseFloat(fields[2].strip()) : 0f;
          Modifier modifier = new Modifier(kind, value);
          if (phrase.indexOf(' ') >= 0) {
            phrases.put(phrase, modifier);
          } else if (kind == Kind.NEGATOR_AFTER) {
            String word = language.normalize(phrase);
            afterNegators.add(word);
            words.putIfAbsent(word, modifier); // a negator row for the same word keeps its kind
          } else {
            words.put(language.normalize(phrase), modifier);
          }
        });
    return new Modifiers(words, phrases, afterNegators);
  }

  /** Single-word modifiers by lower-case term. */
  Modifier word(String term) {
    return wordFilter.mightContain(term) ? words.get(term) : null;
  }

  /** Multi-word modifiers ("kind of", "a bit"), to be compiled into a {@link PhraseMatcher}. */
  Map<String, Modifier> phrases() {
    return phrases;
  }

  Iterable<String> words() {
    return words.keySet();
  }

  /** Negators from the file plus any "n't" contraction, which the file cannot list exhaustively. */
  boolean isNegator(String term) {
    return isNegator(term, word(term));
  }

  /** Whether {@code term} negates the sentiment word before it (a {@code negator-after}). */
  boolean negatesBefore(String term) {
    return !afterNegators.isEmpty() && afterNegators.contains(term);
  }

  /** A negator either way: topic phrases read both as "not" ("funktioniert nicht" = "nicht funktioniert"). */
  boolean negates(String term) {
    return isNegator(term) || negatesBefore(term);
  }

  /** As {@link #isNegator(String)}, for a caller that has already looked the term up. */
  static boolean isNegator(String term, Modifier modifier) {
    return modifier != null ? modifier.kind() == Kind.NEGATOR : term.endsWith("n't");
  }
}
