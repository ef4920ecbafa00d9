package com.sentimenttriage.scoring.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * The analysis chain shared by ticket text, lexicon entries and taxonomy phrases, so all three meet in the
 * same form:
 *
 * <pre>
 * SentimentTokenizer   words, emoticons, emoji, "!!!", "???", sentence breaks
 *   → EmphasisFilter   flags ALL-CAPS and stretched words, "sooo" → "so"
 *   → LowerCaseFilter
 *   → StemFilter       Porter stem of each word, kept in a StemAttribute beside the term
 * </pre>
 *
 * <p>Unlike EnglishAnalyzer there is no stop filter: "no", "not" and "but" are what sentiment rules read.
 * Stemming is kept beside the unstemmed term rather than replacing it because Porter would turn
 * "unacceptable" into "unaccept" and "likely" into "like"; the lexicon reads the term as written and
 * falls back to the stem, while taxonomy phrases match on stems so "exporting" meets "export".
 *
 * <p>Lucene reuses the components per thread, so one instance serves all threads.
 */
public final class SentimentAnalyzer extends Analyzer {
  private final CharArraySet emoticons;
  private final CharArraySet knownWords;

  /**
   * @param emoticons emoticons the tokenizer should keep whole
   * @param knownWords words that tell the stretch repair how far to shorten
   */
  public SentimentAnalyzer(CharArraySet emoticons, CharArraySet knownWords) {
    this.emoticons = CharArraySet.unmodifiableSet(emoticons);
    this.knownWords = CharArraySet.unmodifiableSet(knownWords);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    SentimentTokenizer source = new SentimentTokenizer(emoticons);
    TokenStream result = new EmphasisFilter(source, knownWords);
    result = new LowerCaseFilter(result);
    result = new StemFilter(result);
    return new TokenStreamComponents(source, result);
  }
}
