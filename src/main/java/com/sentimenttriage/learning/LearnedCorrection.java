package com.sentimenttriage.learning;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Corrects a ticket's frustration (the urgency the escalation gate reads) with the promoted model, if there is one:
 * the rules' frustration is blended with the model's probability that this team would escalate such a ticket. A
 * strong rules signal ({@link LearningProperties#strongSignal()}) is lowered by a bounded number of points at most:
 * the model learns from words, and one word the team often dismissed ("complaint") must not halve the frustration of
 * "This is a disaster!!! Nothing works". The model in use is cached and reloaded when a newer version is promoted.
 */
@Service
public class LearnedCorrection {

  private final double weight;
  private final int strongSignal;
  private final int strongSignalMaxShift;
  private final PromotedModelCache<Loaded> promoted;

  /** The promoted model as loaded, with its classifier worked out once for all tickets. */
  private record Loaded(FeedbackModels.ActiveModel active, NaiveBayesModel.Classifier classifier) {

    Loaded(FeedbackModels.ActiveModel active) {
      this(active, active.model().classifier());
    }
  }

  public LearnedCorrection(FeedbackModels models, LearningProperties properties) {
    this.promoted = new PromotedModelCache<>(models::activeVersion, () -> models.active().map(Loaded::new),
        loaded -> loaded.active().version());
    this.weight = properties.weight();
    this.strongSignal = properties.strongSignal();
    this.strongSignalMaxShift = Math.max(0, properties.strongSignalMaxShift());
  }

  /**
   * @param explanation what the model did, for the ticket's explanation: "frustration 80 → 41 (urgency model v3,
   *                    from 60 reviews and 27 audits)"
   */
  public record Correction(int frustration, int modelVersion, double probability, String explanation) {
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
      int blended = blend(frustration, probability, weight);
      int corrected = frustration >= strongSignal ? Math.max(blended, frustration - strongSignalMaxShift) : blended;
      String model = "urgency model v" + active.version() + ", from " + active.learnedFrom();
      String explanation = corrected == frustration ? "frustration " + frustration + " unchanged (" + model + ")"
          : "frustration " + frustration + " → " + corrected + " (" + model
              + (corrected == blended ? ")" : "; it gave " + blended + ", but may lower a strong rules signal by "
                  + strongSignalMaxShift + " points at most)");
      return new Correction(corrected, active.version(), probability, explanation);
    });
  }

  static int blend(int frustration, double probability, double weight) {
    return (int) Math.round((1 - weight) * frustration + weight * 100 * probability);
  }
}
