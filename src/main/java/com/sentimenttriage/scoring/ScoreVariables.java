package com.sentimenttriage.scoring;

import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HIGHEST_TOPIC_RISK;
import static com.sentimenttriage.triage.TriageVariables.POLARITY;
import static com.sentimenttriage.triage.TriageVariables.SCORE_CONFIDENCE;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.TICKET_LANGUAGE;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.RiskLevel;
import com.sentimenttriage.scoring.engine.ThreadScore;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.TopicMatch;
import com.sentimenttriage.triage.ProcessVariable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * How a score is written into process variables, the same for the first message, for every reply and for a learned
 * correction: the one place the nine score variables are written ({@link #write}).
 */
public final class ScoreVariables {

  /** Where the scores go: the scoring step's local outputs, which its output mappings carry out, or the process. */
  public enum Target {
    /** The step's outputs (a templated task: its output parameters name the process variables), never stored. */
    LOCAL,
    /** The variables of the execution's scope, as a step without output mappings writes them. */
    PROCESS
  }

  /**
   * The score variables' values; a null value leaves its variable as it is (a learned correction changes only what
   * it corrects).
   */
  public record Scores(Double polarity, Integer frustration, String sentimentLabel, String topics,
      String highestTopicRisk, Boolean churnRisk, Double scoreConfidence, String scoreExplanation,
      String ticketLanguage) {

    /** All nine, from one message's score. */
    public static Scores of(TicketScore score) {
      return new Scores(rounded(score.polarity()), score.frustration(), score.label().displayName(),
          score.topics().stream().map(TopicMatch::displayName).collect(Collectors.joining(", ")),
          riskName(score.highestTopicRisk()), score.churnRisk(), rounded(score.confidence()), explanation(score),
          score.language());
    }

    /**
     * A thread's, after the customer wrote again: the latest message's label, frustration, confidence,
     * explanation and language; the thread's recency-weighted polarity; the topics, the highest risk and a churn threat of all the
     * customer's messages.
     */
    public static Scores of(ThreadScore thread) {
      TicketScore latest = thread.latest();
      Set<String> topics = new LinkedHashSet<>();
      thread.customerMessages().forEach(m -> m.topics().forEach(t -> topics.add(t.displayName())));
      return new Scores(rounded(thread.aggregatePolarity()), latest.frustration(), latest.label().displayName(),
          String.join(", ", topics),
          riskName(thread.customerMessages().stream().flatMap(m -> m.highestTopicRisk().stream())
              .max(Enum::compareTo)),
          thread.customerMessages().stream().anyMatch(TicketScore::churnRisk), rounded(latest.confidence()),
          explanation(latest), latest.language());
    }

    /** None: each {@code with…} sets one. */
    public static Scores unchanged() {
      return new Scores(null, null, null, null, null, null, null, null, null);
    }

    public Scores withFrustration(int value) {
      return new Scores(polarity, value, sentimentLabel, topics, highestTopicRisk, churnRisk, scoreConfidence,
          scoreExplanation, ticketLanguage);
    }

    public Scores withTopics(String value, Optional<RiskLevel> highestRisk, boolean churn) {
      return new Scores(polarity, frustration, sentimentLabel, value, riskName(highestRisk), churn, scoreConfidence,
          scoreExplanation, ticketLanguage);
    }

    public Scores withExplanation(String value) {
      return new Scores(polarity, frustration, sentimentLabel, topics, highestTopicRisk, churnRisk, scoreConfidence,
          value, ticketLanguage);
    }
  }

  /** Writes the scores that are set, to the step's local variables or the process's. */
  public static void write(VariableScope scope, Target target, Scores scores) {
    put(scope, target, POLARITY, scores.polarity());
    put(scope, target, FRUSTRATION, scores.frustration());
    put(scope, target, SENTIMENT_LABEL, scores.sentimentLabel());
    put(scope, target, TOPICS, scores.topics());
    put(scope, target, HIGHEST_TOPIC_RISK, scores.highestTopicRisk());
    put(scope, target, CHURN_RISK, scores.churnRisk());
    put(scope, target, SCORE_CONFIDENCE, scores.scoreConfidence());
    put(scope, target, SCORE_EXPLANATION, scores.scoreExplanation());
    put(scope, target, TICKET_LANGUAGE, scores.ticketLanguage());
  }

  /** "None" when no topic carries a risk: the gate's table reads a value, never a null. */
  public static String riskName(Optional<RiskLevel> risk) {
    return risk.map(RiskLevel::displayName).orElse("None");
  }

  private static <T> void put(VariableScope scope, Target target, ProcessVariable<T> variable, T value) {
    if (value == null) {
      return;
    }
    if (target == Target.LOCAL) {
      variable.setOutput(scope, value);
    } else {
      variable.set(scope, value);
    }
  }

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
