package com.sentimenttriage.learning;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Trains a new version of the escalation correction model from every labelled example and stores it, promoted or
 * not. The topic model is trained on its own ({@link TopicTraining}), in a task of its own.
 */
@Service
public class ModelTraining {

  private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

  private final FeedbackModels models;
  private final ModelTrainer trainer;
  private final Clock clock;

  public ModelTraining(FeedbackModels models, Clock clock, LearningProperties properties) {
    this.models = models;
    this.trainer = new ModelTrainer(ModelTrainer.PromotionRule.of(properties));
    this.clock = clock;
  }

  /** What one training of either model stored: the version and the figures its promotion was decided on. */
  public record Result(int version, boolean promoted, double modelAccuracy, double rulesAccuracy,
      int labelledExamples, String reason) {
  }

  public Result retrain() {
    ModelTrainer.Outcome outcome = trainer.train(models.labelledExamples());
    int version = models.save(outcome, clock.instant());
    log.info("Escalation correction model v{}: {} labelled ({}), {} held out, accuracy {} vs rules {}, promoted={} "
        + "({})", version, outcome.labelledExamples(), outcome.labels().describe(), outcome.heldOutExamples(),
        outcome.modelAccuracy(), outcome.rulesAccuracy(), outcome.promoted(), outcome.reason());
    return new Result(version, outcome.promoted(), outcome.modelAccuracy(), outcome.rulesAccuracy(),
        outcome.labelledExamples(), outcome.reason());
  }
}
