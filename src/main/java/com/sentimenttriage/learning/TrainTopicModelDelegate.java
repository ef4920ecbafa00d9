package com.sentimenttriage.learning;

import static com.sentimenttriage.learning.FeedbackModelTraining.Variables.TOPIC_MODEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Trains and stores a new version of the topic model; the figures it was judged on stay on the instance. */
@Component(FeedbackModelTraining.Beans.TRAIN_TOPIC_MODEL)
public class TrainTopicModelDelegate implements JavaDelegate {

  private final TopicTraining training;

  public TrainTopicModelDelegate(TopicTraining training) {
    this.training = training;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TOPIC_MODEL.set(execution, training.retrain());
  }
}
