package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits the French negating elision off its word: "n'est" becomes the two words "ne" and "est". Lucene's
 * ElisionFilter, which runs next, would drop "n'" like the article "l'" and lose the negation of "ce n'est pas
 * bon"; as "ne" it is the same negator as in "je ne sais pas". Runs after lower-casing.
 */
final class NegatingElisionFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  /** The word after "n'", emitted on the next call with the same attributes (type, flags, offsets). */
  private State pending;

  NegatingElisionFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      termAtt.copyBuffer(termAtt.buffer(), Language.NEGATING_ELISION.length(),
          termAtt.length() - Language.NEGATING_ELISION.length());
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int elided = Language.NEGATING_ELISION.length();
    if (SentimentTokenizer.WORD.equals(typeAtt.type()) && termAtt.length() > elided
        && termAtt.charAt(0) == 'n' && termAtt.charAt(1) == '\'') {
      pending = captureState();
      termAtt.setEmpty().append(Language.NEGATING_ELISION_TOKEN);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
