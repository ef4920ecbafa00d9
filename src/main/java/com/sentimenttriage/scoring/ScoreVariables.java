package com.sentimenttriage.scoring;

import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.TicketScore;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a score is written into process variables, the same for the first message and for every reply. */
public final class ScoreVariables {

  /** Enough phrases for a supervisor to see why, few enough to read at a glance. */
  static final int EXPLANATION_PHRASES = 6;

  private ScoreVariables() {
  }

  /** The phrases that moved the score, strongest first: {@code "still waiting" -1.20, "unacceptable" -2.90}. */
  public static String explanation(TicketScore score) {
    return score.explanation().stream()
        .limit(EXPLANATION_PHRASES)
        .map(ScoreVariables::describe)
        .collect(Collectors.joining(", "));
  }

  /** Three decimals are all a reader or a rule needs. */
  public static double rounded(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }

  private static String describe(Evidence evidence) {
    return "\"" + evidence.phrase() + "\" " + String.format(Locale.ROOT, "%+.2f", evidence.weight());
  }
}
