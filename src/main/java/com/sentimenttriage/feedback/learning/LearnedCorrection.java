package com.sentimenttriage.feedback.learning;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Corrects a ticket's frustration (the urgency the escalation gate reads) with the promoted model, if there is one:
 * the rules' frustration is blended with the model's probability that this team would escalate such a ticket.
 * The model in use is cached and reloaded when a newer version is promoted.
 */
@Service
public class LearnedCorrection {

  private final double weight;
  private final PromotedModelCache<Loaded> promoted;

  /** The promoted model as loaded, with its classifier worked out once for all tickets. */
  private record Loaded(FeedbackModels.ActiveModel active, NaiveBayesModel.Classifier classifier) {

    Loaded(FeedbackModels.ActiveModel active) {
      this(active, active.model().classifier());
    }
  }

  /** @param weight how much the model counts against the rules, 0..1 ({@code triage.learning.weight}) */
  public LearnedCorrection(FeedbackModels models, @Value("${triage.learning.weight:0.5}") double weight) {
    this.promoted = new PromotedModelCache<>(models::activeVersion, () -> models.active().map(Loaded::new),
        loaded -> loaded.active().version());
    this.weight = Math.max(0, Math.min(1, weight));
  }

  public record Correction(int frustration, int modelVersion, int learnedFrom, double probability,
      String explanation) {
  }

  /**
   * The corrected frustration, or empty when no model has been promoted.
   *
   * @param tokens the ticket's {@link TicketTokens}, asked for only when there is a model
   */
  public Optional<Correction> correct(Supplier<List<String>> tokens, int frustration) {
    return promoted.current().map(loaded -> {
      FeedbackModels.ActiveModel active = loaded.active();
      double probability = loaded.classifier().probabilityOfEscalation(tokens.get());
      int corrected = blend(frustration, probability, weight);
      String explanation = "adjusted by the model learned from " + active.labelledExamples() + " reviews"
          + (corrected == frustration ? "" : " (frustration " + frustration + " → " + corrected + ")");
      return new Correction(corrected, active.version(), active.labelledExamples(), probability, explanation);
    });
  }

  static int blend(int frustration, double probability, double weight) {
    return (int) Math.round((1 - weight) * frustration + weight * 100 * probability);
  }
}
