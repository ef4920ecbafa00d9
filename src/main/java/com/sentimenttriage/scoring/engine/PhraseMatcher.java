package com.sentimenttriage.scoring.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds multi-word phrases in a token array, longest first. Phrases are indexed by their first token, so a
 * lookup costs one hash probe per position plus a comparison per candidate phrase starting there.
 */
final class PhraseMatcher<T> {
  /** A phrase as analyzed tokens, its value, and the text it was written as (for explanations). */
  record Phrase<T>(String[] tokens, T value, String text) {}

  private final Map<String, List<Phrase<T>>> byFirstToken;
  private final HashBloom firstTokens;

  private PhraseMatcher(Map<String, List<Phrase<T>>> byFirstToken) {
    this.byFirstToken = byFirstToken;
    this.firstTokens = new HashBloom(byFirstToken.keySet());
  }

  /** The longest phrase starting at {@code from}, or null. */
  Phrase<T> longestAt(String[] sequence, int from, int size) {
    if (!firstTokens.mightContain(sequence[from])) {
      return null;
    }
    List<Phrase<T>> candidates = byFirstToken.get(sequence[from]);
    if (candidates == null) {
      return null;
    }
    for (Phrase<T> phrase : candidates) {
      String[] tokens = phrase.tokens();
      if (from + tokens.length <= size && matches(tokens, sequence, from)) {
        return phrase;
      }
    }
    return null;
  }

  private static boolean matches(String[] tokens, String[] sequence, int from) {
    for (int k = 1; k < tokens.length; k++) {
      if (!tokens[k].equals(sequence[from + k])) {
        return false;
      }
    }
    return true;
  }

  static final class Builder<T> {
    private final Map<String, List<Phrase<T>>> byFirstToken = new HashMap<>();

    Builder<T> add(String[] tokens, T value, String text) {
      if (tokens.length > 0) {
        byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Phrase<>(tokens, value, text));
      }
      return this;
    }

    PhraseMatcher<T> build() {
      Map<String, List<Phrase<T>>> sorted = new HashMap<>();
      byFirstToken.forEach(
          (first, phrases) -> {
            List<Phrase<T>> copy = new ArrayList<>(phrases);
            copy.sort(Comparator.comparingInt((Phrase<T> p) -> p.tokens().length).reversed());
            sorted.put(first, List.copyOf(copy));
          });
      // A HashMap, not Map.copyOf: this is probed for every token and HashMap's lookups are cheaper.
      return new PhraseMatcher<>(Collections.unmodifiableMap(sorted));
    }
  }
}
