package com.sentimenttriage.feedback.learning;

import static com.sentimenttriage.feedback.learning.FeedbackModelTraining.Variables.MODEL_ACCURACY;
import static com.sentimenttriage.feedback.learning.FeedbackModelTraining.Variables.MODEL_PROMOTED;
import static com.sentimenttriage.feedback.learning.FeedbackModelTraining.Variables.MODEL_VERSION;
import static com.sentimenttriage.feedback.learning.FeedbackModelTraining.Variables.PROMOTION_REASON;
import static com.sentimenttriage.feedback.learning.FeedbackModelTraining.Variables.RULES_ACCURACY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Trains and stores a new model version; the figures it was judged on stay on the instance. */
@Component(FeedbackModelTraining.Beans.TRAIN_FEEDBACK_MODEL)
public class TrainFeedbackModelDelegate implements JavaDelegate {

  private final ModelTraining training;

  public TrainFeedbackModelDelegate(ModelTraining training) {
    this.training = training;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ModelTraining.Result result = training.retrain();
    MODEL_VERSION.set(execution, result.version());
    MODEL_PROMOTED.set(execution, result.promoted());
    MODEL_ACCURACY.set(execution, result.modelAccuracy());
    RULES_ACCURACY.set(execution, result.rulesAccuracy());
    PROMOTION_REASON.set(execution, result.reason());
  }
}
