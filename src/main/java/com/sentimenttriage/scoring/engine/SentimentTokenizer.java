package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits ticket text into the units sentiment rules need. Lucene's StandardTokenizer drops exactly the
 * punctuation that carries sentiment (":(", "!!!", "???") and the sentence breaks that end a negation's
 * scope, so this tokenizer keeps them as typed tokens:
 *
 * <ul>
 *   <li>{@link #WORD}: letters and digits, with inner apostrophes kept so "isn't" stays one negator;
 *       hyphens split ("follow-up") so each half can be looked up, except in an identifier: hyphenated parts of
 *       which one has a digit ("A-POS-07", "INV-2024-001", "XJ-500") are one word, which no lexicon entry reads
 *       as a mood
 *   <li>{@link #EMOTICON}: a known emoticon (from the lexicon), matched longest first
 *   <li>{@link #EMOJI}: one pictographic code point; modifiers, joiners and variation selectors are skipped
 *   <li>{@link #EXCLAMATION} / {@link #QUESTION}: a run of "!" or "?" ("?!" counts as both kinds of
 *       emphasis and is typed by its first char)
 *   <li>{@link #BREAK}: ". , ; :" and line breaks, which end negation scopes
 * </ul>
 */
public final class SentimentTokenizer extends Tokenizer {
  public static final String WORD = "<WORD>";
  public static final String EMOTICON = "<EMOTICON>";
  public static final String EMOJI = "<EMOJI>";
  public static final String EXCLAMATION = "<EXCLAMATION>";
  public static final String QUESTION = "<QUESTION>";
  public static final String BREAK = "<BREAK>";

  /** A run of "!!!!!!" says no more than four; capping keeps 1 MB of "!" from making a 1 MB term. */
  private static final int MAX_PUNCTUATION_RUN = 8;
  /** Words longer than this are junk (base64, URLs without spaces) and are cut to keep terms small. */
  private static final int MAX_WORD_LENGTH = 64;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final CharArraySet emoticons;
  private final int maxEmoticonLength;
  /** First characters of the emoticons: most punctuation starts none, and then no set lookup is needed. */
  private final boolean[] emoticonStart = new boolean[128];
  private final boolean nonAsciiEmoticonStart;

  private char[] text = new char[1024];
  private int length;
  private int pos;

  /**
   * @param emoticons lower-cased emoticons to recognize, e.g. ":(" and "&lt;3"
   */
  public SentimentTokenizer(CharArraySet emoticons) {
    this.emoticons = emoticons;
    int max = 0;
    boolean nonAscii = false;
    for (Object emoticon : emoticons) {
      char[] chars = (char[]) emoticon;
      max = Math.max(max, chars.length);
      char first = Character.toLowerCase(chars[0]);
      if (first < 128) {
        emoticonStart[first] = true;
        emoticonStart[Character.toUpperCase(first)] = true;
      } else {
        nonAscii = true;
      }
    }
    this.maxEmoticonLength = max;
    this.nonAsciiEmoticonStart = nonAscii;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    // Ticket texts are small; reading the whole text once lets the emoticon matcher look ahead freely.
    length = 0;
    pos = 0;
    int read;
    while ((read = input.read(text, length, text.length - length)) != -1) {
      length += read;
      if (length == text.length) {
        text = ArrayUtil.grow(text, length + 1);
      }
    }
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (pos < length) {
      int start = pos;
      int cp = Character.codePointAt(text, pos, length);
      if (Character.isLetterOrDigit(cp)) {
        return word(start);
      }
      char c = text[pos];
      int emoticonEnd = matchEmoticon(start);
      if (emoticonEnd > 0) {
        pos = emoticonEnd;
        return emit(start, emoticonEnd, EMOTICON);
      }
      if (c == '!' || c == '?') {
        while (pos < length && (text[pos] == '!' || text[pos] == '?')) {
          pos++;
        }
        int end = Math.min(pos, start + MAX_PUNCTUATION_RUN);
        return emit(start, end, c == '!' ? EXCLAMATION : QUESTION);
      }
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n') {
        // One break for a run of them, but an emoticon right after ("tomorrow. :)") is a token of its own.
        pos++;
        while (pos < length && isBreak(text[pos]) && matchEmoticon(pos) < 0) {
          pos++;
        }
        termAtt.setEmpty().append(c == '\n' ? '.' : c);
        offsetAtt.setOffset(correctOffset(start), correctOffset(pos));
        typeAtt.setType(BREAK);
        return true;
      }
      pos += Character.charCount(cp);
      if (isEmoji(cp)) {
        return emit(start, pos, EMOJI);
      }
    }
    return false;
  }

  private boolean word(int start) {
    int termEnd = start;
    int identifierEnd = identifierEnd(start);
    while (pos < length) {
      if (pos < identifierEnd && text[pos] == '-') {
        pos++;
        if (pos - start <= MAX_WORD_LENGTH) {
          termEnd = pos;
        }
        continue;
      }
      int cp = Character.codePointAt(text, pos, length);
      int type = Character.getType(cp);
      if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK) {
        pos += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019') && pos + 1 < length && Character.isLetter(text[pos + 1])) {
        pos++;
      } else {
        break;
      }
      if (pos - start <= MAX_WORD_LENGTH) {
        termEnd = pos;
      }
    }
    termAtt.copyBuffer(text, start, termEnd - start);
    char[] term = termAtt.buffer();
    for (int i = 0; i < termEnd - start; i++) {
      if (term[i] == '\u2019') {
        term[i] = '\''; // one apostrophe, so "isn’t" is the negator "isn't"
      }
    }
    offsetAtt.setOffset(correctOffset(start), correctOffset(pos));
    typeAtt.setType(WORD);
    return true;
  }

  /**
   * The end of the identifier starting at {@code start}, or {@code start} when there is none. An identifier
   * ("A-POS-07", "INV-2024-001") is two or more parts of letters and digits joined by single hyphens, one part
   * with a digit, and every part without one in capitals or at most four characters long: "g3-better" and
   * "3rd-party" are words to look up.
   */
  private int identifierEnd(int start) {
    int p = start;
    int parts = 0;
    boolean digit = false;
    int end = start;
    while (p < length && Character.isLetterOrDigit(text[p])) {
      int partStart = p;
      boolean partDigit = false;
      boolean partLower = false;
      while (p < length && Character.isLetterOrDigit(text[p])) {
        partDigit |= Character.isDigit(text[p]);
        partLower |= Character.isLowerCase(text[p]);
        p++;
      }
      if (!partDigit && partLower && p - partStart > 4) {
        return start;
      }
      digit |= partDigit;
      parts++;
      end = p;
      if (p + 1 < length && text[p] == '-' && Character.isLetterOrDigit(text[p + 1])) {
        p++;
      } else {
        break;
      }
    }
    return parts >= 2 && digit ? end : start;
  }

  /** Returns the end of the longest known emoticon starting at {@code start}, or -1. */
  private int matchEmoticon(int start) {
    char first = text[start];
    if (first < 128 ? !emoticonStart[first] : !nonAsciiEmoticonStart) {
      return -1;
    }
    // "(see below):" must not read as the emoticon "):", so a bracket glued to a word starts no emoticon.
    boolean gluedBracket =
        (first == '(' || first == ')' || first == '[' || first == ']')
            && start > 0
            && Character.isLetterOrDigit(text[start - 1]);
    if (gluedBracket) {
      return -1;
    }
    for (int len = Math.min(maxEmoticonLength, length - start); len >= 2; len--) {
      int end = start + len;
      // ":/" inside "https://" and ":p" inside "3:pm" are not emoticons.
      if (end < length && (Character.isLetterOrDigit(text[end]) || text[end] == '/')) {
        continue;
      }
      if (emoticons.contains(text, start, len)) {
        return end;
      }
    }
    return -1;
  }

  private boolean emit(int start, int end, String type) {
    termAtt.copyBuffer(text, start, end - start);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(type);
    return true;
  }

  private static boolean isBreak(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
  }

  /** Pictographs and dingbats; skin-tone modifiers are excluded because they carry no mood. */
  static boolean isEmoji(int cp) {
    if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
      return false;
    }
    return (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x1F000 && cp <= 0x1F2FF)
        || cp == 0x2B50
        || cp == 0x2B55;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
