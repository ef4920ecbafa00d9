package com.sentimenttriage.learning;

import com.sentimenttriage.dashboard.TicketRow;
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
 * Corrects a ticket's topic with the promoted topic model, if there is one and it is sure of another topic than the
 * rules put first ({@link TopicModel.CorrectionRule}); otherwise the rules' topic stands. The model judges that first
 * topic only: the corrected topic takes its place and the rules' other topics stay. The corrected topic carries its
 * taxonomy risk, so the gate weighs it like a found one. The model in use is cached and reloaded when a newer version
 * is promoted.
 */
@Service
public class LearnedTopicCorrection {

  private final SentimentScorer scorer;
  private final TopicModel.CorrectionRule rule;
  private final PromotedModelCache<Loaded> promoted;

  /** The promoted model as loaded, with its classifier worked out once for all tickets. */
  private record Loaded(TopicModels.ActiveTopicModel active, TopicModel.Classifier classifier) {

    Loaded(TopicModels.ActiveTopicModel active) {
      this(active, active.model().classifier());
    }
  }

  public LearnedTopicCorrection(TopicModels models, SentimentScorer scorer, LearningProperties properties) {
    this.scorer = scorer;
    this.rule = TopicModel.CorrectionRule.of(properties);
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
    List<String> rulesTopics = TicketRow.topicsOf(topics);
    String rules = rulesTopics.stream().findFirst().orElse(TopicModel.NO_TOPIC);
    TopicModel.Prediction prediction = loaded.classifier().correction(tokens.get(), rules, rule).orElse(null);
    if (prediction == null) {
      return Optional.empty();
    }
    String predicted = prediction.topic();
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
        explanation(predicted, rules, prediction.probability(), active)));
  }

  /** "topic Billing instead of Security or legal (topic model v2, 97% sure, from 30 reviews and 2 flags)". */
  private static String explanation(String predicted, String rules, double probability,
      TopicModels.ActiveTopicModel active) {
    String change = TopicModel.NO_TOPIC.equals(predicted) ? "no topic instead of " + rules
        : TopicModel.NO_TOPIC.equals(rules) ? "topic " + predicted + ", which the rules did not find"
        : "topic " + predicted + " instead of " + rules;
    // A model learned from a few hundred labels is never "100% sure", however its probabilities round.
    return change + " (topic model v" + active.version() + ", " + Math.min(99, (int) Math.floor(100 * probability))
        + "% sure, from " + active.learnedFrom() + ")";
  }
}
