package com.sentimenttriage.feedback.learning;

import com.sentimenttriage.feedback.dashboard.TicketRow;
import com.sentimenttriage.scoring.engine.RiskLevel;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TopicMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Corrects a ticket's topic with the promoted topic model, if there is one and it names another topic than the
 * rules put first. The model judges that first topic only: the corrected topic takes its place and the rules' other
 * topics stay. The corrected topic carries its taxonomy risk, so the gate weighs it like a found one. The model in
 * use is cached and reloaded when a newer version is promoted.
 */
@Service
public class LearnedTopicCorrection {

  private final SentimentScorer scorer;
  private final PromotedModelCache<Loaded> promoted;

  /** The promoted model as loaded, with its classifier worked out once for all tickets. */
  private record Loaded(TopicModels.ActiveTopicModel active, TopicModel.Classifier classifier) {

    Loaded(TopicModels.ActiveTopicModel active) {
      this(active, active.model().classifier());
    }
  }

  public LearnedTopicCorrection(TopicModels models, SentimentScorer scorer) {
    this.scorer = scorer;
    this.promoted = new PromotedModelCache<>(models::activeVersion, () -> models.active().map(Loaded::new),
        loaded -> loaded.active().version());
  }

  /**
   * @param topic       the taxonomy topic the model named, or empty when it says the ticket has none of them
   * @param topics      the ticket's topics after the correction, as the triage process stores them ("Billing,
   *                    Churn threat", or "" for none): {@code topic} in place of the rules' first topic, then the
   *                    rules' others
   * @param highestRisk the highest taxonomy risk among {@code topics}, empty when none has one
   * @param churnThreat whether {@code topics} include the churn threat
   */
  public record TopicCorrection(Optional<TopicMatch> topic, String topics, Optional<RiskLevel> highestRisk,
      boolean churnThreat, int modelVersion, String explanation) {
  }

  /**
   * @param tokens the ticket's {@link TicketTokens}, asked for only when there is a model
   * @param topics the rules' topics as the process keeps them, highest risk first ("Billing, Data integrity")
   */
  public Optional<TopicCorrection> correct(Supplier<List<String>> tokens, String topics) {
    Loaded loaded = promoted.current().orElse(null);
    if (loaded == null) {
      return Optional.empty();
    }
    TopicModels.ActiveTopicModel active = loaded.active();
    String predicted = loaded.classifier().predict(tokens.get());
    List<String> rulesTopics = TicketRow.topicsOf(topics);
    String rules = rulesTopics.stream().findFirst().orElse(TopicModel.NO_TOPIC);
    if (predicted == null || predicted.equals(rules)) {
      return Optional.empty();
    }
    Optional<TopicMatch> topic = scorer.topicNamed(predicted);
    if (topic.isEmpty() && !TopicModel.NO_TOPIC.equals(predicted)) {
      return Optional.empty(); // a topic the taxonomy no longer has: the rules stand
    }
    List<TopicMatch> corrected = new ArrayList<>();
    topic.ifPresent(corrected::add);
    List<String> names = new ArrayList<>();
    topic.ifPresent(t -> names.add(t.displayName()));
    for (String other : rulesTopics.subList(Math.min(1, rulesTopics.size()), rulesTopics.size())) {
      if (names.stream().noneMatch(other::equalsIgnoreCase)) {
        names.add(other);
        scorer.topicNamed(other).ifPresent(corrected::add);
      }
    }
    return Optional.of(new TopicCorrection(topic, String.join(", ", names),
        corrected.stream().map(TopicMatch::risk).max(Comparator.naturalOrder()),
        corrected.stream().anyMatch(TopicMatch::churnThreat), active.version(),
        "topic " + predicted + " instead of " + rules + ", from the model learned from "
            + active.labelledExamples() + " settled topics"));
  }
}
