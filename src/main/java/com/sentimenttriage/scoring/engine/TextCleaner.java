package com.sentimenttriage.scoring.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces an incoming ticket body to what the customer wrote this time: HTML tags and entities go, and so
 * do quoted earlier messages ("On Mon, ... wrote:" and everything after it, lines starting with "&gt;") and
 * the signature (from a "-- " line on), because those are someone else's words or boilerplate. Control
 * characters from binary junk become spaces. Every pattern is bounded so hostile input stays linear.
 */
final class TextCleaner {
  /** Texts are cut here; 1 MB is far beyond any real ticket and keeps scoring time bounded. */
  static final int MAX_CHARS = 1 << 20;

  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style)\\b[^>]{0,1000}>.{0,20000}?</\\1\\s*>");
  private static final Pattern BLOCK_TAG =
      Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6]|p|div|li|blockquote)\\b[^<>]{0,2000}>");
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^<>]{0,2000}>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern QUOTE_HEADER =
      Pattern.compile("(?m)^[ \\t]*(On\\b[^\\n]{0,300}\\bwrote:|-{2,}\\s*Original Message\\s*-{2,}|From:[^\\n]{0,300}\\n\\s*Sent:)");
  private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>[^\\n]*(\\n|$)");
  private static final Pattern SIGNATURE = Pattern.compile("(?m)^-- ?$");

  private TextCleaner() {}

  static String clean(String text) {
    String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (s.indexOf('<') >= 0 && TAG.matcher(s).find()) {
      s = SCRIPT_OR_STYLE.matcher(s).replaceAll(" ");
      s = BLOCK_TAG.matcher(s).replaceAll("\n");
      s = TAG.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('&') >= 0) {
      s = decodeEntities(s);
    }
    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
      s = cutAt(s, QUOTE_HEADER);
      s = cutAt(s, SIGNATURE);
      if (s.indexOf('>') >= 0) {
        s = QUOTED_LINE.matcher(s).replaceAll("");
      }
    }
    return replaceControlCharacters(s);
  }

  private static String cutAt(String s, Pattern pattern) {
    Matcher matcher = pattern.matcher(s);
    return matcher.find() ? s.substring(0, matcher.start()) : s;
  }

  private static String decodeEntities(String s) {
    Matcher matcher = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String decode(String entity, String whole) {
    if (entity.charAt(0) == '#') {
      try {
        int cp =
            entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X')
                ? Integer.parseInt(entity.substring(2), 16)
                : Integer.parseInt(entity.substring(1));
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    return switch (entity.toLowerCase()) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos", "rsquo", "lsquo" -> "'";
      case "nbsp" -> " ";
      case "hellip" -> "...";
      case "mdash", "ndash" -> "-";
      default -> whole;
    };
  }

  private static String replaceControlCharacters(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F || c == 0xFFFD) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? s : new String(chars);
  }
}
