package com.sentimenttriage.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handful of FEEL forms the shipped decision tables are written in, evaluated in plain Java:
 *
 * <ul>
 *   <li>unary tests: a string literal or a list of them ({@code "Negative","Urgent"}), {@code true}/{@code false},
 *       a comparison with a number ({@code >= 65}, {@code <= -0.5}), a number, an interval ({@code [0..60]}), a
 *       list of these, {@code contains(?, "a")} and {@code contains(lower case(?), "a")} joined by {@code or}, and
 *       {@code not(...)} around any of them;</li>
 *   <li>expressions: a string literal (the output cells), the name of a variable (the input expressions).</li>
 * </ul>
 *
 * <p>Why: under load the cells of the three tables evaluated per ticket took 9 % of the triage job's time
 * (docs/performance.md): even parsed once, each evaluation goes through feel-scala's generic interpreter, a fresh
 * evaluation context and two value mappings for what is, here, one comparison.
 *
 * <p>Only what is certain is answered. A cell in any other form (another function such as {@code starts with},
 * a date, arithmetic), and an input this class does not compare exactly as FEEL does (a mismatched type, a float, NaN,
 * null under {@code not}), are left to the FEEL engine: {@link #NOT_SIMPLE} or {@code null}. Numbers are compared as FEEL compares them,
 * as decimals ({@code BigDecimal} of the double's shortest representation, as feel-scala converts a double), so a
 * threshold means the same here and there. {@code SimpleFeelEngineFactoryTest} evaluates every shipped table through
 * this path and through Camunda's own engine for thousands of inputs, nulls and mismatched types included, and
 * {@code SimpleFeelTest} checks each form against feel-scala itself.
 */
final class SimpleFeel {

  /** The answer for an expression or an input that the FEEL engine must evaluate. */
  static final Object NOT_SIMPLE = new Object();

  /** A FEEL number literal as the tables write them: an optional minus, digits, optional decimals. */
  private static final String NUMBER_LITERAL = "(-?\\d+(?:\\.\\d+)?)";
  private static final Pattern NUMBER = Pattern.compile(NUMBER_LITERAL);
  private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)\\s*" + NUMBER_LITERAL);
  private static final Pattern INTERVAL = Pattern.compile(
      "([\\[\\](])\\s*" + NUMBER_LITERAL + "\\s*\\.\\.\\s*" + NUMBER_LITERAL + "\\s*([\\])\\[])");
  /** One {@code contains} call on the input and the {@code or} after it, if any. */
  private static final Pattern CONTAINS = Pattern.compile(
      "\\s*contains\\(\\s*(?:(lower case)\\(\\s*\\?\\s*\\)|\\?)\\s*,\\s*\"([^\"\\\\]*)\"\\s*\\)\\s*(?:or(?=\\s)|$)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** FEEL words that are not variable names. */
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function",
      "external");

  private SimpleFeel() {
  }

  /** A unary test on one input: {@code TRUE} or {@code FALSE}, or {@code null} when FEEL must decide for it. */
  @FunctionalInterface
  interface UnaryTests {
    Boolean test(Object input);
  }

  /** An expression over the variables: its value, or {@link #NOT_SIMPLE}. */
  @FunctionalInterface
  interface Expression {
    Object evaluate(Variables variables);
  }

  /** The variables an expression reads; {@link #NOT_SIMPLE} for one that is not there. */
  @FunctionalInterface
  interface Variables {
    Object value(String name);
  }

  /** The unary tests {@code text} in Java, or null when they are not in one of the forms above. */
  static UnaryTests unaryTests(String text) {
    String trimmed = text.trim();
    if (trimmed.startsWith("not(") && trimmed.endsWith(")")) {
      UnaryTests inner = anyOf(trimmed.substring(4, trimmed.length() - 1).trim());
      // Under not(), a null input is FEEL's to decide: not() of an unknown (a comparison, contains) is false,
      // of a failed equality true.
      return inner == null ? null : input -> {
        Boolean matched = input == null ? null : inner.test(input);
        return matched == null ? null : !matched;
      };
    }
    return anyOf(trimmed);
  }

  /** {@code contains} calls joined by {@code or}, or else a comma-separated list of simple tests. */
  private static UnaryTests anyOf(String text) {
    UnaryTests contains = containsAny(text);
    return contains != null ? contains : disjunction(text);
  }

  /** The expression {@code text} in Java, or null when it is not a string literal or a variable's name. */
  static Expression expression(String text) {
    String trimmed = text.trim();
    String literal = stringLiteral(trimmed);
    if (literal != null) {
      return variables -> literal;
    }
    Object number = numberLiteral(trimmed);
    if (number != null) {
      return variables -> number;
    }
    if (NAME.matcher(trimmed).matches() && !KEYWORDS.contains(trimmed)) {
      return variables -> feelValue(variables.value(trimmed));
    }
    return null;
  }

  /** A comma-separated list of tests: matched when any one is. */
  private static UnaryTests disjunction(String text) {
    List<String> parts = splitOutsideQuotes(text);
    if (parts == null) {
      return null;
    }
    List<UnaryTests> tests = new ArrayList<>(parts.size());
    for (String part : parts) {
      UnaryTests test = single(part.trim());
      if (test == null) {
        return null;
      }
      tests.add(test);
    }
    if (tests.size() == 1) {
      return tests.get(0);
    }
    return input -> {
      boolean matched = false;
      for (UnaryTests test : tests) {
        Boolean result = test.test(input);
        if (result == null) {
          return null;
        }
        matched |= result;
      }
      return matched;
    };
  }

  /** One test; a null input matches none of these forms, as in FEEL. */
  private static UnaryTests single(String text) {
    UnaryTests test = nonNull(text);
    return test == null ? null : input -> input == null ? Boolean.FALSE : test.test(input);
  }

  private static UnaryTests nonNull(String test) {
    String literal = stringLiteral(test);
    if (literal != null) {
      return input -> input instanceof String value ? value.equals(literal) : null;
    }
    if (test.equals("true") || test.equals("false")) {
      Boolean expected = Boolean.valueOf(test);
      return input -> input instanceof Boolean value ? value.equals(expected) : null;
    }
    if (NUMBER.matcher(test).matches()) {
      BigDecimal expected = new BigDecimal(test);
      return input -> compare(input, value -> value.compareTo(expected) == 0);
    }
    Matcher comparison = COMPARISON.matcher(test);
    if (comparison.matches()) {
      BigDecimal bound = new BigDecimal(comparison.group(2));
      return switch (comparison.group(1)) {
        case "<" -> input -> compare(input, value -> value.compareTo(bound) < 0);
        case "<=" -> input -> compare(input, value -> value.compareTo(bound) <= 0);
        case ">" -> input -> compare(input, value -> value.compareTo(bound) > 0);
        default -> input -> compare(input, value -> value.compareTo(bound) >= 0);
      };
    }
    Matcher interval = INTERVAL.matcher(test);
    if (interval.matches()) {
      boolean lowIncluded = interval.group(1).equals("[");
      boolean highIncluded = interval.group(4).equals("]");
      BigDecimal low = new BigDecimal(interval.group(2));
      BigDecimal high = new BigDecimal(interval.group(3));
      return input -> compare(input, value -> {
        int fromLow = value.compareTo(low);
        int toHigh = value.compareTo(high);
        return (lowIncluded ? fromLow >= 0 : fromLow > 0) && (highIncluded ? toHigh <= 0 : toHigh < 0);
      });
    }
    return null;
  }

  /**
   * {@code contains(?, "a")} or {@code contains(lower case(?), "a")}, alone or joined by {@code or}: true when the
   * input, lower-cased as FEEL's {@code lower case} does it (the JVM's default locale), contains any of the texts.
   */
  private static UnaryTests containsAny(String test) {
    Matcher call = CONTAINS.matcher(test);
    List<Needle> needles = new ArrayList<>();
    int end = 0;
    while (call.find() && call.start() == end) {
      needles.add(new Needle(call.group(2), call.group(1) != null));
      end = call.end();
    }
    if (needles.isEmpty() || end != test.length()) {
      return null;
    }
    boolean lowerCases = needles.stream().anyMatch(Needle::inLowerCase);
    return input -> {
      if (input == null) {
        return false;
      }
      if (!(input instanceof String value)) {
        return null;
      }
      String lower = lowerCases ? value.toLowerCase() : value;
      for (Needle needle : needles) {
        if ((needle.inLowerCase() ? lower : value).contains(needle.text())) {
          return true;
        }
      }
      return false;
    };
  }

  /** One {@code contains} call: the text looked for, and whether in the lower-cased input. */
  private record Needle(String text, boolean inLowerCase) {
  }

  private static Boolean compare(Object input, Predicate<BigDecimal> test) {
    BigDecimal value = decimal(input);
    return value == null ? null : test.test(value);
  }

  /**
   * The input as FEEL sees a number: integers exactly, a double as the decimal of its shortest representation.
   * Null for anything else, floats included (FEEL's conversion of a float is not worth reproducing here).
   */
  private static BigDecimal decimal(Object input) {
    if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
      return BigDecimal.valueOf(((Number) input).longValue());
    }
    if (input instanceof Double value && Double.isFinite(value)) {
      return new BigDecimal(Double.toString(value));
    }
    return null;
  }

  /**
   * A variable's value as the FEEL engine hands it back: strings and booleans as they are, every integer type
   * as a Long, a double as a Long when it is whole and as a Double otherwise. Anything else is left to FEEL.
   */
  private static Object feelValue(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    BigDecimal number = decimal(value);
    if (number == null || number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return NOT_SIMPLE;
    }
    return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValue() : (Object) number.doubleValue();
  }

  /**
   * A number cell (the playbook steps' order), as feel-scala gives it: a whole number as a Long, any other as a Double.
   * Only lengths that both hold exactly; feel-scala parsed the cell anew for every follow-through otherwise.
   */
  private static Object numberLiteral(String text) {
    if (text.length() > 15 || !NUMBER.matcher(text).matches()) {
      return null;
    }
    return text.indexOf('.') < 0 ? (Object) Long.valueOf(text) : (Object) Double.valueOf(text);
  }

  /** The text of a plain string literal, or null: escapes are FEEL's business. */
  private static String stringLiteral(String text) {
    if (text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
      String inner = text.substring(1, text.length() - 1);
      if (inner.indexOf('"') < 0 && inner.indexOf('\\') < 0) {
        return inner;
      }
    }
    return null;
  }

  /** The comma-separated parts of {@code text}, commas inside string literals kept; null for an open quote. */
  private static List<String> splitOutsideQuotes(String text) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (quoted) {
      return null;
    }
    parts.add(text.substring(start));
    return parts;
  }
}
