package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Records typographic emphasis before lower-casing erases it, and undoes letter stretching.
 *
 * <p>Sets {@link #ALL_CAPS} on words written in capitals ("EXTREMELY") and {@link #ELONGATED} on stretched
 * words, which it also repairs: runs of three or more equal letters are cut to two ("goooood" to "good"),
 * or to one when only that spelling is a known word ("sooo" to "so"). Must run before
 * {@code LowerCaseFilter}.
 */
public final class EmphasisFilter extends TokenFilter {
  public static final int ALL_CAPS = 1;
  public static final int ELONGATED = 2;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final CharArraySet knownWords;
  private char[] scratch = new char[64];

  /**
   * @param knownWords lower-case words (case-insensitive set) used to choose how far to shorten a stretch
   */
  public EmphasisFilter(TokenStream input, CharArraySet knownWords) {
    super(input);
    this.knownWords = knownWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!SentimentTokenizer.WORD.equals(typeAtt.type())) {
      return true;
    }
    int flags = flagsAtt.getFlags();
    if (isAllCaps(termAtt.buffer(), termAtt.length())) {
      flags |= ALL_CAPS;
    }
    if (destretch()) {
      flags |= ELONGATED;
    }
    flagsAtt.setFlags(flags);
    return true;
  }

  private static boolean isAllCaps(char[] buffer, int length) {
    int letters = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        letters++;
      }
    }
    // "I" and "A" are not shouting.
    return letters >= 2;
  }

  /** Shortens letter runs of three or more; returns whether the term was stretched. */
  private boolean destretch() {
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    if (length < 3 || !hasRun(buffer, length)) {
      return false;
    }
    if (scratch.length < length) {
      scratch = new char[length];
    }
    int twoLength = collapse(buffer, length, scratch, 2);
    if (!knownWords.contains(scratch, 0, twoLength)) {
      char[] one = new char[length];
      int oneLength = collapse(buffer, length, one, 1);
      if (knownWords.contains(one, 0, oneLength)) {
        termAtt.copyBuffer(one, 0, oneLength);
        return true;
      }
    }
    termAtt.copyBuffer(scratch, 0, twoLength);
    return true;
  }

  private static boolean hasRun(char[] buffer, int length) {
    for (int i = 2; i < length; i++) {
      if (Character.isLetter(buffer[i]) && buffer[i] == buffer[i - 1] && buffer[i] == buffer[i - 2]) {
        return true;
      }
    }
    return false;
  }

  /** Copies {@code buffer} with each run of 3+ equal letters cut to {@code keep}; runs of two stay. */
  private static int collapse(char[] buffer, int length, char[] out, int keep) {
    int n = 0;
    int i = 0;
    while (i < length) {
      int j = i;
      while (j < length && buffer[j] == buffer[i]) {
        j++;
      }
      int run = j - i;
      int copies = run >= 3 && Character.isLetter(buffer[i]) ? keep : run;
      for (int k = 0; k < copies; k++) {
        out[n++] = buffer[i];
      }
      i = j;
    }
    return n;
  }
}
