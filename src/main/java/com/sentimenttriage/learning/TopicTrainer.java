package com.sentimenttriage.learning;

import java.util.List;

/**
 * Trains the topic model with the urgency model's promotion rule. On the held-out tickets it is judged as it would
 * be used: its topic counts only where it may overrule the rules ({@link TopicModel.CorrectionRule}), elsewhere the
 * rules' topic stands. It is promoted only when that names the settled topic clearly more often than the rules alone.
 */
public final class TopicTrainer {

  private final ModelTrainer trainer;
  private final TopicModel.CorrectionRule correctionRule;

  public TopicTrainer(ModelTrainer.PromotionRule promotionRule, TopicModel.CorrectionRule correctionRule) {
    this.trainer = new ModelTrainer(promotionRule);
    this.correctionRule = correctionRule;
  }

  public TopicTrainer(LearningProperties properties) {
    this(ModelTrainer.PromotionRule.of(properties), TopicModel.CorrectionRule.of(properties));
  }

  public record Outcome(TopicModel model, LabelCounts labels, int heldOutExamples, double modelAccuracy,
      double rulesAccuracy, boolean promoted, String reason) {

    public int labelledExamples() {
      return labels.total();
    }
  }

  public Outcome train(List<TopicExample> examples) {
    ModelTrainer.Judged<TopicModel> judged = trainer.judge(examples, TopicExample::businessKey,
        TopicExample::source, TopicModel::train, model -> {
          TopicModel.Classifier classifier = model.classifier();
          return e -> e.topic().equals(classifier.correction(e.tokens(), e.rulesTopic(), correctionRule)
              .map(TopicModel.Prediction::topic).orElse(e.rulesTopic()));
        },
        e -> e.topic().equals(e.rulesTopic()));
    return new Outcome(judged.model(), judged.labels(), judged.heldOutExamples(), judged.modelAccuracy(),
        judged.rulesAccuracy(), judged.promoted(), judged.reason());
  }
}
