package com.sentimenttriage.scoring.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives the support-facing numbers from the rule pass: frustration, emotions, urgency, label and
 * confidence. The frustration scale is what escalation rules read, so its anchors are fixed: praise lands
 * near 0, a neutral question below 30, a mildly negative message around 40-60 and an angry, repeated,
 * churn-threatening complaint at 80 or more.
 */
final class MoodModel {
  /** Polarity beyond this band counts as positive or negative (the usual ±0.05 neutral band). */
  static final double NEUTRAL_BAND = 0.05;

  static final double PROMOTER_POLARITY = 0.6;
  static final int URGENT_FRUSTRATION = 80;
  /** The most confidence a text gets that its language's words cannot judge. */
  static final double UNREADABLE_CONFIDENCE = 0.2;

  private MoodModel() {}

  static int frustration(PolarityCalculator.Result result, List<TopicMatch> topics) {
    double f;
    if (result.polarity < -NEUTRAL_BAND) {
      f = 30 + 50 * -result.polarity;
    } else if (result.polarity > NEUTRAL_BAND) {
      f = Math.max(0, 10 - 20 * result.polarity);
    } else {
      f = 10;
    }
    f += result.supportFrustration;
    boolean negative = result.polarity < -NEUTRAL_BAND;
    if (negative) {
      // Shouting and "!!!" mean more when the message is already negative.
      f += Math.min(10, 3 * result.shoutedWords) + Math.min(8, 2 * result.exclamations);
    }
    if (result.questions >= 3) {
      f += 5;
    }
    Optional<RiskLevel> risk = topics.stream().map(TopicMatch::risk).max(Enum::compareTo);
    if (risk.isPresent() && (negative || result.supportFrustration > 0)) {
      f += switch (risk.get()) {
        case CRITICAL -> 12;
        case HIGH -> 8;
        case MEDIUM_HIGH, MEDIUM -> 4;
        default -> 2;
      };
    }
    if (topics.stream().anyMatch(TopicMatch::churnThreat)) {
      f += 10;
    }
    return (int) Math.round(Math.max(0, Math.min(100, f)));
  }

  static Map<Emotion, Double> emotions(PolarityCalculator.Result result, int frustration) {
    Map<Emotion, Double> emotions = new EnumMap<>(Emotion.class);
    double negativity = Math.max(0, -result.polarity);
    double[] tally = result.emotionTally;
    emotions.put(
        Emotion.ANGER,
        squash(tally[Emotion.ANGER.ordinal()] + (negativity > 0 ? result.shoutedWords + result.exclamations * 0.5 : 0)));
    emotions.put(Emotion.FRUSTRATION, Math.max(squash(tally[Emotion.FRUSTRATION.ordinal()]), frustration / 100.0));
    emotions.put(Emotion.CONFUSION, squash(tally[Emotion.CONFUSION.ordinal()] + 0.5 * result.questions));
    emotions.put(Emotion.DISAPPOINTMENT, squash(tally[Emotion.DISAPPOINTMENT.ordinal()] + negativity));
    emotions.put(Emotion.DELIGHT, squash(tally[Emotion.DELIGHT.ordinal()] + 2 * Math.max(0, result.polarity)));
    emotions.replaceAll((emotion, value) -> Math.round(value * 1000) / 1000.0);
    return emotions;
  }

  /** Maps an unbounded tally to [0, 1): 1 cue ~0.4, 3 cues ~0.67. */
  private static double squash(double x) {
    return x <= 0 ? 0 : x / (x + 1.5);
  }

  static Urgency urgency(PolarityCalculator.Result result, int frustration, List<TopicMatch> topics) {
    RiskLevel risk = topics.stream().map(TopicMatch::risk).max(Enum::compareTo).orElse(RiskLevel.LOW);
    boolean negative = result.polarity < -NEUTRAL_BAND || result.supportFrustration > 0;
    if (frustration >= URGENT_FRUSTRATION
        || (negative && risk.compareTo(RiskLevel.HIGH) >= 0)
        || (negative && result.urgentCue)) {
      return Urgency.HIGH;
    }
    if (frustration >= 50 || result.urgentCue || (!topics.isEmpty() && risk.compareTo(RiskLevel.MEDIUM) >= 0)) {
      return Urgency.MEDIUM;
    }
    return Urgency.LOW;
  }

  static SentimentLabel label(double polarity, int frustration, List<TopicMatch> topics) {
    boolean critical = topics.stream().anyMatch(t -> t.risk() == RiskLevel.CRITICAL);
    if (frustration >= URGENT_FRUSTRATION || (critical && (polarity < -NEUTRAL_BAND || frustration >= 50))) {
      return SentimentLabel.URGENT;
    }
    if (polarity < -NEUTRAL_BAND) {
      return SentimentLabel.NEGATIVE;
    }
    if (polarity >= PROMOTER_POLARITY) {
      return SentimentLabel.PROMOTER;
    }
    return polarity > NEUTRAL_BAND ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
  }

  /**
   * More agreeing cues mean more confidence; a text in a language without data, or with no words at all, cannot
   * be judged by the lexicon whatever its score says, and outside English the share of words the language's data
   * knows scales the confidence down.
   */
  static double confidence(PolarityCalculator.Result result, LanguageGuess guess, Language language) {
    if (result.words == 0 && result.units == 0) {
      return 0.1;
    }
    double confidence;
    if (result.units == 0) {
      confidence = result.words >= 3 ? 0.6 : 0.4;
    } else {
      confidence = Math.min(0.95, 0.45 + 0.12 * result.units);
    }
    if (!guess.readable()) {
      confidence = Math.min(confidence, UNREADABLE_CONFIDENCE);
    } else if (language != Language.ENGLISH && result.words > 0) {
      // The language's coverage: the share of words its lexicon and modifiers know. From none known (as unsure as a
      // text in a language without data) to a quarter known (what English needs to count as English) and more.
      double coverage = (double) result.knownWords / result.words;
      double factor = Math.min(1, coverage / LanguageGuess.MIN_KNOWN_SHARE);
      confidence = UNREADABLE_CONFIDENCE + Math.max(0, confidence - UNREADABLE_CONFIDENCE) * factor;
    }
    return Math.round(confidence * 100) / 100.0;
  }
}
