package com.sentimenttriage.feedback.learning;

import com.sentimenttriage.feedback.dashboard.TicketRow;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TopicMatch;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Corrects a ticket's topic with the promoted topic model, if there is one and it names another topic than the
 * rules put first. The corrected topic carries its taxonomy risk, so the gate weighs it like a found one. The model
 * in use is cached and reloaded when a newer version is promoted.
 */
@Service
public class LearnedTopicCorrection {

  private final SentimentScorer scorer;
  private final PromotedModelCache<TopicModels.ActiveTopicModel> promoted;

  public LearnedTopicCorrection(TopicModels models, SentimentScorer scorer) {
    this.scorer = scorer;
    this.promoted = new PromotedModelCache<>(models::activeVersion, models::active,
        TopicModels.ActiveTopicModel::version);
  }

  /** @param topic the taxonomy topic, or empty when the model says the ticket has none of them */
  public record TopicCorrection(Optional<TopicMatch> topic, int modelVersion, String explanation) {

    /** "Billing", or "" for none, as the triage process stores topics. */
    public String topics() {
      return topic.map(TopicMatch::displayName).orElse("");
    }
  }

  /** @param topics the rules' topics as the process keeps them, highest risk first ("Billing, Data integrity") */
  public Optional<TopicCorrection> correct(String text, String topics) {
    TopicModels.ActiveTopicModel active = promoted.current().orElse(null);
    if (active == null) {
      return Optional.empty();
    }
    String predicted = active.model().predict(TicketTokens.of(text));
    String rules = TicketRow.topicsOf(topics).stream().findFirst().orElse(TopicModel.NO_TOPIC);
    if (predicted == null || predicted.equals(rules)) {
      return Optional.empty();
    }
    Optional<TopicMatch> topic = scorer.topicNamed(predicted);
    if (topic.isEmpty() && !TopicModel.NO_TOPIC.equals(predicted)) {
      return Optional.empty(); // a topic the taxonomy no longer has: the rules stand
    }
    return Optional.of(new TopicCorrection(topic, active.version(), "topic " + predicted + " instead of " + rules
        + ", from the model learned from " + active.labelledExamples() + " settled topics"));
  }
}
