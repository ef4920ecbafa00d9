package com.sentimenttriage.scoring.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that change other words rather than carry sentiment themselves, from {@code scoring/modifiers.tsv}
 * ({@code phrase<TAB>kind<TAB>value}): negators flip ("not good"), boosters and dampeners scale ("extremely
 * slow", "kind of slow") and contrast words shift weight to what follows ("..., but the export is broken").
 */
final class Modifiers {
  static final String RESOURCE = "scoring/modifiers.tsv";

  enum Kind {
    NEGATOR,
    BOOSTER,
    DAMPENER,
    CONTRAST
  }

  record Modifier(Kind kind, float value) {}

  private final Map<String, Modifier> words;
  private final Map<String, Modifier> phrases;
  private final HashBloom wordFilter;

  private Modifiers(Map<String, Modifier> words, Map<String, Modifier> phrases) {
    this.wordFilter = new HashBloom(words.keySet());
    this.words = Collections.unmodifiableMap(new HashMap<>(words));
    this.phrases = Collections.unmodifiableMap(new HashMap<>(phrases));
  }

  static Modifiers builtIn() {
    Map<String, Modifier> words = new HashMap<>();
    Map<String, Modifier> phrases = new HashMap<>();
    Tsv.readResource(
        RESOURCE,
        (line, fields) -> {
          if (fields.length < 2) {
            throw new IllegalArgumentException("expected phrase<TAB>kind[<TAB>value]");
          }
          String phrase = fields[0].strip().toLowerCase(Locale.ROOT);
          Kind kind = Kind.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
          float value = fields.length > 2 && !fields[2].isBlank() ? Float.parseFloat(fields[2].strip()) : 0f;
          (phrase.indexOf(' ') >= 0 ? phrases : words).put(phrase, new Modifier(kind, value));
        });
    return new Modifiers(words, phrases);
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

  /** As {@link #isNegator(String)}, for a caller that has already looked the term up. */
  static boolean isNegator(String term, Modifier modifier) {
    return modifier != null ? modifier.kind() == Kind.NEGATOR : term.endsWith("n't");
  }
}
