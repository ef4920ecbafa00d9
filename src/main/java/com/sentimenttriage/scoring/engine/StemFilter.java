package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Puts the Snowball stem of each word (Porter for English) into a {@link StemAttribute} and leaves the term as
 * written. Lexicon lookups need the written form ("unacceptable", not "unaccept"); taxonomy phrases need the stem
 * ("exporting" and "exports" are "export"). One pass serves both, which is cheaper than
 * KeywordRepeatFilter's duplicated tokens.
 *
 * <p>For a language that folds accents ({@link Language#foldsAccents()}) both forms are folded to ASCII after
 * stemming: the stemmer's rules are written for the accented spelling, and the folded forms let "réponse" meet
 * "reponse".
 */
public final class StemFilter extends TokenFilter {
  /** Bounds the memo against junk input (random strings never repeat). */
  static final int MAX_MEMOIZED_WORDS = 20_000;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final StemAttribute stemAtt = addAttribute(StemAttribute.class);
  private final SnowballStemmer stemmer;
  private final Language language;
  /**
   * Ticket vocabulary is small and repetitive, so each word's {term, stem} Strings are memoized: no Porter
   * run, no String allocation and no hash computation for a word seen before. The filter lives in Lucene's
   * per-thread reused components, so the memo needs no locking.
   */
  private final CharArrayMap<String[]> memo = new CharArrayMap<>(1024, false);

  /** English: the Porter stemmer, no folding. */
  public StemFilter(TokenStream input) {
    this(input, Language.ENGLISH);
  }

  public StemFilter(TokenStream input, Language language) {
    super(input);
    this.language = language;
    this.stemmer = language.newStemmer();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!SentimentTokenizer.WORD.equals(typeAtt.type())) {
      String term = termAtt.toString();
      stemAtt.setForms(term, term);
      return true;
    }
    String[] forms = memo.get(termAtt.buffer(), 0, termAtt.length());
    if (forms == null) {
      String term = termAtt.toString();
      forms = stem(term);
      if (memo.size() >= MAX_MEMOIZED_WORDS) {
        memo.clear();
      }
      memo.put(term, forms);
    }
    stemAtt.setForms(forms[0], forms[1]);
    return true;
  }

  private String[] stem(String term) {
    if (term.length() <= 2) {
      String folded = language.fold(term);
      return new String[] {folded, folded};
    }
    // Snowball stems in place in the array it is given, so it works on a copy.
    char[] word = term.toCharArray();
    stemmer.setCurrent(word, word.length);
    stemmer.stem();
    int length = stemmer.getCurrentBufferLength();
    char[] buffer = stemmer.getCurrentBuffer();
    boolean unchanged = length == term.length() && Arrays.equals(buffer, 0, length, term.toCharArray(), 0, length);
    String stem = unchanged ? term : new String(buffer, 0, length);
    if (!language.foldsAccents()) {
      return new String[] {term, stem};
    }
    String foldedTerm = language.fold(term);
    return new String[] {foldedTerm, stem.equals(term) ? foldedTerm : language.fold(stem)};
  }
}
