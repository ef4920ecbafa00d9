package com.sentimenttriage.intake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Helpdesk message bodies as plain text: HTML rendered to lines, whitespace collapsed, length capped. */
public final class HelpdeskText {

  /** Longest message kept for scoring and review; Camunda string variables hold 4,000 characters. */
  public static final int MAX_MESSAGE = 3_900;

  private static final Document.OutputSettings PLAIN = new Document.OutputSettings().prettyPrint(false);

  /** Plain text of an HTML or plain body; null for null. Line breaks of block elements survive. */
  public static String plain(String body) {
    if (body == null) {
      return null;
    }
    String text = body;
    if (body.indexOf('<') >= 0 || body.indexOf('&') >= 0) {
      String marked = body.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</h[1-6]>|</blockquote>", "$0\n");
      text = Jsoup.clean(marked, "", Safelist.none(), PLAIN);
      text = org.jsoup.parser.Parser.unescapeEntities(text, false);
    }
    String collapsed = text.replace('\u00a0', ' ')
        .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
        .replaceAll(" ?\\n ?", "\n")
        .replaceAll("\\n{3,}", "\n\n");
    return cap(strip(collapsed), MAX_MESSAGE);
  }

  /**
   * Trims every kind of blank a helpdesk may send: what {@link Character#isWhitespace} or
   * {@link Character#isSpaceChar} call space, so the em space (U+2003), the ideographic space (U+3000) and the
   * no-break spaces count as blank too. {@link String#strip()} misses the no-break ones, {@link String#trim()} all
   * but ASCII, and a ticket id of only such characters would otherwise become the key {@code source:}.
   */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isBlank(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** Null, empty, or only blanks in the sense of {@link #strip(String)}. */
  public static boolean isBlank(String text) {
    return text == null || strip(text).isEmpty();
  }

  private static boolean isBlank(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  public static String cap(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
    return text.substring(0, end) + "…";
  }

  private HelpdeskText() {
  }
}
