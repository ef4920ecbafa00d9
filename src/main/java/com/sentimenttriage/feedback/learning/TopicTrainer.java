package com.sentimenttriage.feedback.learning;

import java.util.List;

/**
 * Trains the topic model with the urgency model's promotion rule: used only when it names the settled topic more
 * often than the rules-only scorer on the same held-out examples.
 */
public final class TopicTrainer {

  private final ModelTrainer trainer;

  public TopicTrainer(int minimumHeldOut) {
    this.trainer = new ModelTrainer(minimumHeldOut);
  }

  public record Outcome(TopicModel model, int labelledExamples, int heldOutExamples, double modelAccuracy,
      double rulesAccuracy, boolean promoted, String reason) {
  }

  public Outcome train(List<TopicExample> examples) {
    ModelTrainer.Judged<TopicModel> judged = trainer.judge(examples, TopicExample::businessKey, TopicModel::train,
        (model, e) -> e.topic().equals(model.predict(e.tokens())), e -> e.topic().equals(e.rulesTopic()));
    return new Outcome(judged.model(), judged.labelledExamples(), judged.heldOutExamples(), judged.modelAccuracy(),
        judged.rulesAccuracy(), judged.promoted(), judged.reason());
  }
}
