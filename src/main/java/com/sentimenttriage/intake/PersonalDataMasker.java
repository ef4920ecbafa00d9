package com.sentimenttriage.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in ticket text with typed placeholders before anything is stored: e-mail addresses,
 * payment card numbers (Luhn-checked, so order numbers survive), IBANs, IP addresses, street addresses and phone
 * numbers. Order matters: cards and IBANs are digit runs a phone pattern would otherwise take.
 */
public final class PersonalDataMasker {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern CARD = Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b");
  private static final Pattern IBAN =
      Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\\b");
  private static final Pattern IPV4 = Pattern.compile(
      "\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b");
  /** "221B Baker Street", "1600 Pennsylvania Ave NW", "12 rue de la Paix": a number, a few words, a street word. */
  private static final Pattern STREET_NUMBER_FIRST = Pattern.compile(
      "\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Za-z][a-z'.-]*\\s+){0,3}"
          + "(?:[Ss]treet|St\\.|[Rr]oad|Rd\\.|[Aa]venue|Ave\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.|Drive|Dr\\.|Way|Court"
          + "|Ct\\.|Place|Square|Terrace|Parkway|Highway|[Rr]ue(?:\\s+(?:de|du|des|la|le))*\\s+[A-Z][a-z]+)"
          + "(?:\\s+(?:NW|NE|SW|SE|N|S|E|W))?(?:,?\\s+(?:Apt|Suite|Unit|Flat)\\.?\\s*\\w{1,5})?(?!\\w)");
  /** "Hauptstraße 12", "Kirchweg 5a", "Marktplatz 3" style: a street word ending, then the number. */
  private static final Pattern STREET_NUMBER_LAST = Pattern.compile(
      "\\b[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|steig|laan|straat|gracht)"
          + "\\s+\\d{1,4}\\s?[a-z]?\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w.])\\+?\\(?\\d{1,4}\\)?(?:[ .-]?\\(?\\d{2,4}\\)?){2,5}(?!\\w)");

  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = EMAIL.matcher(text).replaceAll("[EMAIL]");
    masked = replaceCards(masked);
    masked = IBAN.matcher(masked).replaceAll("[IBAN]");
    masked = IPV4.matcher(masked).replaceAll("[IP]");
    masked = STREET_NUMBER_FIRST.matcher(masked).replaceAll("[ADDRESS]");
    masked = STREET_NUMBER_LAST.matcher(masked).replaceAll("[ADDRESS]");
    return replacePhones(masked);
  }

  private static String replaceCards(String text) {
    Matcher m = CARD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String digits = m.group().replaceAll("[ -]", "");
      m.appendReplacement(out, luhnValid(digits) ? "[CARD]" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Phone-like runs need at least seven digits and must not be an ISO date, so dates and versions stay readable. */
  private static String replacePhones(String text) {
    Matcher m = PHONE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long digits = m.group().chars().filter(Character::isDigit).count();
      boolean phone = digits >= 7 && !ISO_DATE.matcher(m.group()).matches();
      m.appendReplacement(out, phone ? "[PHONE]" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  static boolean luhnValid(String digits) {
    if (digits.length() < 13 || digits.length() > 19) {
      return false;
    }
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }
}
