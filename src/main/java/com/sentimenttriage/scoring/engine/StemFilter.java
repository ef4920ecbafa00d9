package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Puts the Porter stem of each word into a {@link StemAttribute} and leaves the term as written. Lexicon
 * lookups need the written form ("unacceptable", not "unaccept"); taxonomy phrases need the stem
 * ("exporting" and "exports" are "export"). One pass serves both, which is cheaper than
 * KeywordRepeatFilter's duplicated tokens.
 */
public final class StemFilter extends TokenFilter {
  /** Bounds the memo against junk input (random strings never repeat). */
  static final int MAX_MEMOIZED_WORDS = 20_000;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final StemAttribute stemAtt = addAttribute(StemAttribute.class);
  private final PorterStemmer stemmer = new PorterStemmer();
  /**
   * Ticket vocabulary is small and repetitive, so each word's {term, stem} Strings are memoized: no Porter
   * run, no String allocation and no hash computation for a word seen before. The filter lives in Lucene's
   * per-thread reused components, so the memo needs no locking.
   */
  private final CharArrayMap<String[]> memo = new CharArrayMap<>(1024, false);

  public StemFilter(TokenStream input) {
    super(input);
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
      forms = stem(termAtt.toString());
      if (memo.size() >= MAX_MEMOIZED_WORDS) {
        memo.clear();
      }
      memo.put(forms[0], forms);
    }
    stemAtt.setForms(forms[0], forms[1]);
    return true;
  }

  private String[] stem(String term) {
    if (term.length() <= 2) {
      return new String[] {term, term};
    }
    // Snowball stems in place in the array it is given, so it works on a copy.
    char[] word = term.toCharArray();
    stemmer.setCurrent(word, word.length);
    stemmer.stem();
    int length = stemmer.getCurrentBufferLength();
    char[] buffer = stemmer.getCurrentBuffer();
    boolean unchanged = length == term.length() && Arrays.equals(buffer, 0, length, term.toCharArray(), 0, length);
    return new String[] {term, unchanged ? term : new String(buffer, 0, length)};
  }
}
