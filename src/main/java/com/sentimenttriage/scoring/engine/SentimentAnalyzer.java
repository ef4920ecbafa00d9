package com.sentimenttriage.scoring.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chain shared by ticket text, lexicon entries and taxonomy phrases, so all three meet in the
 * same form:
 *
 * <pre>
 * SentimentTokenizer   words, emoticons, emoji, "!!!", "???", sentence breaks
 *   → EmphasisFilter   flags ALL-CAPS and stretched words, "sooo" → "so"
 *   → LowerCaseFilter
 *   → NegatingElisionFilter  French only: "n'est" → "ne" "est" (the negation survives the next step)
 *   → ElisionFilter    French and Italian: "l'avion" → "avion", "dell'app" → "app"
 *   → StemFilter       the language's Snowball stem (Porter for English) kept in a StemAttribute beside the
 *                      term; accents folded to ASCII on both for every language but English
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
  private final Language language;
  private final CharArraySet emoticons;
  private final CharArraySet knownWords;

  /** The English chain. */
  public SentimentAnalyzer(CharArraySet emoticons, CharArraySet knownWords) {
    this(Language.ENGLISH, emoticons, knownWords);
  }

  /**
   * @param language whose elisions, stemmer and accent folding to use
   * @param emoticons emoticons the tokenizer should keep whole
   * @param knownWords words that tell the stretch repair how far to shorten
   */
  public SentimentAnalyzer(Language language, CharArraySet emoticons, CharArraySet knownWords) {
    this.language = language;
    this.emoticons = CharArraySet.unmodifiableSet(emoticons);
    this.knownWords = CharArraySet.unmodifiableSet(knownWords);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    SentimentTokenizer source = new SentimentTokenizer(emoticons);
    TokenStream result = new EmphasisFilter(source, knownWords);
    result = new LowerCaseFilter(result);
    if (language.splitsNegatingElision()) {
      result = new NegatingElisionFilter(result);
    }
    if (language.elidedArticles() != null) {
      result = new ElisionFilter(result, language.elidedArticles());
    }
    result = new StemFilter(result, language);
    return new TokenStreamComponents(source, result);
  }
}
