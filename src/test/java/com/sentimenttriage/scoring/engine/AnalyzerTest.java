package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/** Token expectations for the analysis chain, one line each, in the manner of Lucene's assertAnalyzesTo. */
class AnalyzerTest {
  private static final SentimentAnalyzer ANALYZER =
      new SentimentAnalyzer(
          new CharArraySet(List.of(":(", ":)", "<3", ":/", "):"), true),
          new CharArraySet(List.of("so", "good", "yes"), true));

  /** Asserts the terms (as written, lower-cased) the analyzer produces for {@code text}. */
  private static void assertAnalyzesTo(String text, String... expectedTerms) {
    TokenSequence tokens = TokenSequence.analyze(ANALYZER, text);
    assertThat(Arrays.copyOf(tokens.terms, tokens.size)).as(text).containsExactly(expectedTerms);
  }

  private static void assertStemsTo(String text, String... expectedStems) {
    TokenSequence tokens = TokenSequence.analyze(ANALYZER, text);
    assertThat(Arrays.copyOf(tokens.stems, tokens.size)).as(text).containsExactly(expectedStems);
  }

  private static void assertTypes(String text, String... expectedTypes) {
    TokenSequence tokens = TokenSequence.analyze(ANALYZER, text);
    assertThat(Arrays.copyOf(tokens.types, tokens.size)).as(text).containsExactly(expectedTypes);
  }

  @Test
  void keepsNegatorsThatStopFiltersDrop() {
    assertAnalyzesTo("It is not good, no.", "it", "is", "not", "good", ",", "no", ".");
  }

  @Test
  void keepsIdentifiersWholeAndSplitsOtherHyphenatedWords() {
    assertAnalyzesTo("A-POS-07 INV-2024-001 XJ-500", "a-pos-07", "inv-2024-001", "xj-500");
    assertAnalyzesTo("follow-up g3-better 3rd-party", "follow", "up", "g3", "better", "3rd", "party");
  }

  @Test
  void keepsContractionsWhole() {
    assertAnalyzesTo("isn't working", "isn't", "working");
    assertAnalyzesTo("It\u2019s fine", "it's", "fine");
  }

  @Test
  void keepsUnstemmedTermBesideStem() {
    assertAnalyzesTo("unacceptable", "unacceptable");
    assertStemsTo("unacceptable exporting exports", "unaccept", "export", "export");
  }

  @Test
  void keepsEmoticonsAndEmphasisPunctuation() {
    assertAnalyzesTo("slow!!! :( why???", "slow", "!!!", ":(", "why", "???");
    assertTypes(
        "ok :) 😡 !?",
        SentimentTokenizer.WORD,
        SentimentTokenizer.EMOTICON,
        SentimentTokenizer.EMOJI,
        SentimentTokenizer.EXCLAMATION);
  }

  @Test
  void anEmoticonAfterASentenceBreakIsNotSwallowedByTheBreak() {
    assertAnalyzesTo("tomorrow. :)", "tomorrow", ".", ":)");
    assertAnalyzesTo("laid off, :( sad", "laid", "off", ",", ":(", "sad");
    assertAnalyzesTo("done...  <3 ok", "done", ".", "<3", "ok");
  }

  @Test
  void doesNotMistakeUrlsOrBracketsForEmoticons() {
    assertAnalyzesTo("see https://x.io", "see", "https", ":", "x", ".", "io");
    assertAnalyzesTo("(see below):", "see", "below", ":");
  }

  @Test
  void repairsStretchedWords() {
    assertAnalyzesTo("sooo goooood yesss", "so", "good", "yes");
    TokenSequence tokens = TokenSequence.analyze(ANALYZER, "sooo");
    assertThat(tokens.hasFlag(0, EmphasisFilter.ELONGATED)).isTrue();
  }

  @Test
  void flagsAllCapsBeforeLowerCasing() {
    TokenSequence tokens = TokenSequence.analyze(ANALYZER, "EXTREMELY slow I");
    assertAnalyzesTo("EXTREMELY slow I", "extremely", "slow", "i");
    assertThat(tokens.hasFlag(0, EmphasisFilter.ALL_CAPS)).isTrue();
    assertThat(tokens.hasFlag(1, EmphasisFilter.ALL_CAPS)).isFalse();
    assertThat(tokens.hasFlag(2, EmphasisFilter.ALL_CAPS)).isFalse();
  }

  @Test
  void splitsHyphensAndKeepsOtherScripts() {
    assertAnalyzesTo("follow-up", "follow", "up");
    assertAnalyzesTo("очень плохо", "очень", "плохо");
  }
}
