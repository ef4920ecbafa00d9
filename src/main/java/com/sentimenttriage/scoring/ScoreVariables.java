package com.sentimenttriage.scoring;

import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.TicketScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a score is written into process variables, the same for the first message and for every reply. */
public final class ScoreVariables {

  /** Enough phrases for a supervisor to see why, few enough to read at a glance. */
  static final int EXPLANATION_PHRASES = 6;

  private ScoreVariables() {
  }

  /**
   * The phrases that moved the score, strongest first: {@code "still waiting" -1.20, "unacceptable" -2.90}. A phrase
   * the ticket uses several times is named once, with how often: {@code "broken" -2.30 ×3}.
   */
  public static String explanation(TicketScore score) {
    Map<String, List<Evidence>> byPhrase = score.explanation().stream()
        .collect(Collectors.groupingBy(Evidence::phrase, LinkedHashMap::new, Collectors.toList()));
    return byPhrase.values().stream()
        .limit(EXPLANATION_PHRASES)
        .map(ScoreVariables::describe)
        .collect(Collectors.joining(", "));
  }

  /** Three decimals are all a reader or a rule needs. */
  public static double rounded(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }

  /** The phrase as it first moved the score, and how often it did. */
  private static String describe(List<Evidence> uses) {
    Evidence first = uses.get(0);
    return "\"" + first.phrase() + "\" " + signedHundredths(first.weight())
        + (uses.size() == 1 ? "" : " ×" + uses.size());
  }

  /**
   * {@code String.format(Locale.ROOT, "%+.2f", value)} for a finite value, without the Formatter, which was a sixth
   * of the scoring step under load: the sign of the value itself ("-0.00" for a tiny negative), then its decimal
   * rounded half up to two places, as the Formatter rounds.
   */
  static String signedHundredths(double value) {
    boolean negative = value < 0 || value == 0 && 1 / value < 0;
    String hundredths = BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    return (negative ? "-" : "+") + hundredths;
  }
}
