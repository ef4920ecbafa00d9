package com.sentimenttriage.intake;

import com.google.common.net.InetAddresses;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;

/**
 * Replaces personal data in ticket text with typed placeholders before anything is stored: e-mail addresses,
 * payment card numbers, IBANs, IPv6 and IPv4 addresses, street addresses and phone numbers. Order matters: cards
 * and IBANs are digit runs a phone pattern would otherwise take, and an IPv6 address may end in an IPv4 one.
 *
 * <p>It runs on every ticket, and a webhook body may be 1 MB, so every pattern is linear in the text: a match may
 * start only where a token starts (a lookbehind) and unbounded runs are possessive, so no position is rescanned.
 */
public final class PersonalDataMasker {

  /** The local part starts where a token starts: unanchored, a long run without '@' was rescanned from each char. */
  private static final Pattern EMAIL =
      Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  /** How card numbers are written: no separators, groups of four (the last may be shorter), Amex 4-6-5, Diners 4-6-4. */
  private static final Pattern CARD = Pattern.compile(
      "\\b(?:\\d{12,19}|\\d{4}(?:[ -]\\d{4}){2,3}(?:[ -]\\d{1,4})?|\\d{4}[ -]\\d{6}[ -]\\d{4,5})\\b");
  /** The IIN ranges and card lengths of the issuers (ISO/IEC 7812 prefixes as the card schemes publish them). */
  private static final List<IinRange> CARD_ISSUERS = List.of(
      new IinRange("Visa", 4, 4, Set.of(13, 16, 19)),
      new IinRange("Mastercard", 51, 55, Set.of(16)),
      new IinRange("Mastercard 2-series", 2221, 2720, Set.of(16)),
      new IinRange("American Express", 34, 34, Set.of(15)),
      new IinRange("American Express", 37, 37, Set.of(15)),
      new IinRange("Discover", 6011, 6011, lengths(16, 19)),
      new IinRange("Discover", 644, 649, lengths(16, 19)),
      new IinRange("Discover", 65, 65, lengths(16, 19)),
      new IinRange("Diners Club", 300, 305, lengths(14, 19)),
      new IinRange("Diners Club", 3095, 3095, lengths(14, 19)),
      new IinRange("Diners Club", 36, 36, lengths(14, 19)),
      new IinRange("Diners Club", 38, 39, lengths(14, 19)),
      new IinRange("JCB", 3528, 3589, lengths(16, 19)),
      new IinRange("UnionPay (and Discover's 622126-622925)", 62, 62, lengths(16, 19)),
      new IinRange("Maestro", 5018, 5018, lengths(12, 19)),
      new IinRange("Maestro", 5020, 5020, lengths(12, 19)),
      new IinRange("Maestro", 5038, 5038, lengths(12, 19)),
      new IinRange("Maestro", 5893, 5893, lengths(12, 19)),
      new IinRange("Maestro", 6304, 6304, lengths(12, 19)),
      new IinRange("Maestro", 6759, 6759, lengths(12, 19)),
      new IinRange("Maestro", 6761, 6763, lengths(12, 19)));
  private static final String IBAN_SHAPE = "[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\\b";
  private static final Pattern IBAN = Pattern.compile("\\b" + IBAN_SHAPE, Pattern.CASE_INSENSITIVE);
  private static final Pattern IBAN_IN_CAPITALS = Pattern.compile(IBAN_SHAPE);
  /**
   * An IPv6 literal's shape (hex and colons, at least one colon, maybe a dotted IPv4 tail and a zone id), bare or in
   * brackets; Guava decides whether it is an address. It starts where a token starts, or after a word and a colon
   * ("IPv6:2001:db8::1"), but not inside a hex-and-colon run, which a time like 10:30 also is. The cheap (?<=:)
   * comes first: Java tries a variable-length lookbehind at every length, which at every position made this
   * pattern cost more than all the others together.
   */
  private static final String IPV6_SHAPE =
      "[0-9A-Fa-f]*+:[0-9A-Fa-f:]*+(?:\\.[0-9A-Fa-f:]++)*+(?:%\\w++(?:[.-]\\w++)*+)?";
  private static final Pattern IPV6 = Pattern.compile("(?:(?<![\\w.:%])|(?<=:)(?<=[G-Zg-z_][0-9A-Za-z]{0,10}:))"
      + "(?:\\[" + IPV6_SHAPE + "\\]|" + IPV6_SHAPE + "(?![\\w%]))");
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
    masked = replace(CARD, masked, card -> isCard(card.replaceAll("[ -]", "")) ? "[CARD]" : card);
    masked = replace(IBAN, masked, PersonalDataMasker::maskIban);
    masked = replace(IPV6, masked, ip -> isIpv6(ip) ? "[IP]" : ip);
    masked = IPV4.matcher(masked).replaceAll("[IP]");
    masked = STREET_NUMBER_FIRST.matcher(masked).replaceAll("[ADDRESS]");
    masked = STREET_NUMBER_LAST.matcher(masked).replaceAll("[ADDRESS]");
    return replace(PHONE, masked, PersonalDataMasker::maskPhone);
  }

  /** Replaces each match by what {@code replacement} makes of it; returning the match keeps it. */
  private static String replace(Pattern pattern, String text, Function<String, String> replacement) {
    return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(replacement.apply(match.group())));
  }

  /** A card needs an issuer's prefix and length as well as the Luhn check, so a 13-digit record id is not one. */
  static boolean isCard(String digits) {
    return CARD_ISSUERS.stream().anyMatch(range -> range.issued(digits)) && luhnValid(digits);
  }

  static boolean luhnValid(String digits) {
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

  /**
   * An IBAN whose country, length and check digits iban4j confirms is masked in any case, and only up to its
   * country's length, so words after it stay. A run in capitals is masked on its shape alone, as before, so a
   * mistyped IBAN is still hidden; in lower case the shape alone is too common ("fy24 plan", "id42 your code").
   */
  private static String maskIban(String candidate) {
    CountryCode country = CountryCode.getByCode(candidate.substring(0, 2).toUpperCase(Locale.ROOT));
    if (country != null && IbanUtil.isSupportedCountry(country)) {
      int length = IbanUtil.getIbanLength(country);
      StringBuilder compact = new StringBuilder(length);
      int end = 0;
      for (; end < candidate.length() && compact.length() < length; end++) {
        if (candidate.charAt(end) != ' ') {
          compact.append(Character.toUpperCase(candidate.charAt(end)));
        }
      }
      boolean wholeGroups = end == candidate.length() || candidate.charAt(end) == ' ';
      if (compact.length() == length && wholeGroups && IbanUtil.isValid(compact.toString())) {
        return "[IBAN]" + candidate.substring(end);
      }
    }
    Matcher capitals = IBAN_IN_CAPITALS.matcher(candidate);
    return capitals.lookingAt() ? "[IBAN]" + candidate.substring(capitals.end()) : candidate;
  }

  /** Guava parses every textual form; brackets and a zone id ("%eth0") are part of the match, not of the address. */
  private static boolean isIpv6(String candidate) {
    String address = candidate.startsWith("[") ? candidate.substring(1, candidate.length() - 1) : candidate;
    int zone = address.indexOf('%');
    if (zone >= 0) {
      address = address.substring(0, zone);
    }
    // "::" alone is the unspecified address, but in text it is a separator ("Billing :: refund").
    return address.chars().anyMatch(c -> Character.digit(c, 16) >= 0) && InetAddresses.isInetAddress(address);
  }

  /** Phone-like runs need at least seven digits and must not be an ISO date, so dates and versions stay readable. */
  private static String maskPhone(String candidate) {
    long digits = candidate.chars().filter(Character::isDigit).count();
    return digits >= 7 && !ISO_DATE.matcher(candidate).matches() ? "[PHONE]" : candidate;
  }

  private static Set<Integer> lengths(int shortest, int longest) {
    return IntStream.rangeClosed(shortest, longest).boxed().collect(Collectors.toUnmodifiableSet());
  }

  /** Card numbers whose first digits lie in {@code first..last} (as many digits as those have) and whose length fits. */
  private record IinRange(String issuer, int first, int last, Set<Integer> lengths) {

    boolean issued(String digits) {
      int prefixDigits = Integer.toString(first).length();
      if (!lengths.contains(digits.length())) {
        return false;
      }
      int prefix = Integer.parseInt(digits.substring(0, prefixDigits));
      return prefix >= first && prefix <= last;
    }
  }
}
