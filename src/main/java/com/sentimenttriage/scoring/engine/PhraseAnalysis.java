package com.sentimenttriage.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Turns data-file phrases and ticket texts into the token forms the phrase matchers compare, through the
 * one {@link SentimentAnalyzer}, so a phrase and a ticket always agree on tokenization and stemming.
 */
final class PhraseAnalysis {
  /** The form every negator takes in topic stems: "can't export" = "cannot export" = "not export". */
  static final String NEGATION = "not";

  private final Analyzer analyzer;
  private final Modifiers modifiers;

  PhraseAnalysis(Analyzer analyzer, Modifiers modifiers) {
    this.analyzer = analyzer;
    this.modifiers = modifiers;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  TokenSequence analyze(String text) {
    return TokenSequence.analyze(analyzer, text);
  }

  /** The lower-cased words of a phrase as written (punctuation dropped). */
  String[] terms(String phrase) {
    TokenSequence tokens = analyze(phrase);
    return words(tokens, tokens.terms);
  }

  /** The stems of a phrase's words. */
  String[] stems(String phrase) {
    TokenSequence tokens = analyze(phrase);
    return words(tokens, tokens.stems);
  }

  /** The stems of a phrase's words with every negator (before or after) replaced by {@link #NEGATION}. */
  String[] topicStems(String phrase) {
    TokenSequence tokens = analyze(phrase);
    return words(tokens, topicStems(tokens));
  }

  /** Topic stems of a whole text, position for position (punctuation kept so phrases stop at breaks). */
  String[] topicStems(TokenSequence tokens) {
    String[] result = new String[tokens.size];
    for (int i = 0; i < tokens.size; i++) {
      result[i] = tokens.isWord(i) && modifiers.negates(tokens.terms[i]) ? NEGATION : tokens.stems[i];
    }
    return result;
  }

  private static String[] words(TokenSequence tokens, String[] forms) {
    List<String> words = new ArrayList<>(tokens.size);
    for (int i = 0; i < tokens.size; i++) {
      if (tokens.isWord(i)) {
        words.add(forms[i]);
      }
    }
    return words.toArray(String[]::new);
  }
}
