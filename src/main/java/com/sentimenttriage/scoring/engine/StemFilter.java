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
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final StemAttribute stemAtt = addAttribute(StemAttribute.class);
  private final PorterStemmer stemmer = new PorterStemmer();
  /**
   * Ticket vocabulary is small and repetitive, and the Porter algorithm is the most expensive step of the
   * chain, so stems are memoized. The filter lives in per-thread reused components, so the cache needs no
   * locking; it is dropped when full to bound memory against junk input.
   */
  private final CharArrayMap<char[]> cache = new CharArrayMap<>(1024, false);

  static final int MAX_CACHED_STEMS = 20_000;

  public StemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (SentimentTokenizer.WORD.equals(typeAtt.type()) && termAtt.length() > 2) {
      char[] stem = cache.get(termAtt.buffer(), 0, termAtt.length());
      if (stem == null) {
        char[] word = Arrays.copyOf(termAtt.buffer(), termAtt.length());
        // Snowball stems in place in the array it is given, so it works on a copy of the word.
        stemmer.setCurrent(Arrays.copyOf(word, word.length), word.length);
        stemmer.stem();
        stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
        if (cache.size() >= MAX_CACHED_STEMS) {
          cache.clear();
        }
        cache.put(word, stem);
      }
      stemAtt.setStem(stem, 0, stem.length);
    } else {
      stemAtt.setStem(termAtt.buffer(), 0, termAtt.length());
    }
    return true;
  }
}
