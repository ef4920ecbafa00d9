package com.sentimenttriage.scoring.engine;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the scorer says about one text.
 *
 * @param polarity from -1 (very negative) to 1 (very positive)
 * @param frustration 0..100, the number escalation rules use (65 and 80 are the usual thresholds)
 * @param label the one-word verdict
 * @param emotions the intensity of each emotion in [0, 1]; every {@link Emotion} is present
 * @param urgency how soon someone should look
 * @param topics taxonomy topics found, highest risk first
 * @param churnRisk whether the customer threatens to leave
 * @param confidence 0..1; low for text the scorer cannot judge (empty, not English, no sentiment cues)
 * @param explanation what moved the score, strongest first
 * @param language the ISO 639-1 code of the language whose words scored the text ("en" also where another
 *     language was asked for but has no data)
 * @param languageReason how that language was chosen, for people: "German (given)"
 */
public record TicketScore(
    double polarity,
    int frustration,
    SentimentLabel label,
    Map<Emotion, Double> emotions,
    Urgency urgency,
    List<TopicMatch> topics,
    boolean churnRisk,
    double confidence,
    List<Evidence> explanation,
    String language,
    String languageReason) {

  public TicketScore {
    // EnumMap keeps the enum order, so JSON output and toString() are stable.
    EnumMap<Emotion, Double> ordered = new EnumMap<>(Emotion.class);
    ordered.putAll(emotions);
    emotions = Collections.unmodifiableMap(ordered);
    topics = List.copyOf(topics);
    explanation = List.copyOf(explanation);
  }

  /** The highest risk among the matched topics, empty when no topic matched. */
  public Optional<RiskLevel> highestTopicRisk() {
    return topics.stream().map(TopicMatch::risk).max(Comparator.naturalOrder());
  }
}
