package com.sentimenttriage.learning;

import static com.sentimenttriage.learning.FeedbackModelTraining.Variables.ESCALATION_CORRECTION_MODEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Trains and stores a new version of the model that corrects the urgency ("should this be escalated?"); the figures
 * it was judged on stay on the instance.
 */
@Component(FeedbackModelTraining.Beans.TRAIN_ESCALATION_CORRECTION_MODEL)
public class TrainEscalationCorrectionModelDelegate implements JavaDelegate {

  private final ModelTraining training;

  public TrainEscalationCorrectionModelDelegate(ModelTraining training) {
    this.training = training;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ESCALATION_CORRECTION_MODEL.set(execution, training.retrain());
  }
}
