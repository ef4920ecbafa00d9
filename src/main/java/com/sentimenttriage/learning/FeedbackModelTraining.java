package com.sentimenttriage.learning;

import com.sentimenttriage.triage.ProcessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The contract of the feedback model training process: key, resource, element ids, beans and variables. */
public final class FeedbackModelTraining {

  public static final String KEY = "feedback-model-training";
  public static final String RESOURCE = "processes/feedback-model-training.bpmn";
  /** The message that starts a training on demand. */
  public static final String TRAINING_REQUESTED_MESSAGE = "FeedbackModelTrainingRequested";

  public static final class Elements {
    public static final String NIGHTLY_TRAINING_DUE = "StartEvent_NightlyTrainingDue";
    public static final String TRAINING_REQUESTED = "StartEvent_TrainingRequested";
    public static final String TRAINING_DUE = "Gateway_TrainingDue";
    public static final String TRAIN_EACH_MODEL = "Gateway_TrainEachModel";
    public static final String TRAIN_ESCALATION_CORRECTION_MODEL = "ServiceTask_TrainEscalationCorrectionModel";
    public static final String TRAIN_TOPIC_MODEL = "ServiceTask_TrainTopicModel";
    public static final String EACH_MODEL_TRAINED = "Gateway_EachModelTrained";
    public static final String MODELS_TRAINED = "EndEvent_ModelsTrained";

    private Elements() {
    }
  }

  public static final class Beans {
    public static final String TRAIN_ESCALATION_CORRECTION_MODEL = "trainEscalationCorrectionModelDelegate";
    public static final String TRAIN_TOPIC_MODEL = "trainTopicModelDelegate";

    private Beans() {
    }
  }

  /** The variables one training fills: the version it stored and the figures its promotion was decided on. */
  public record TrainingFigures(ProcessVariable<Integer> version, ProcessVariable<Boolean> promoted,
      ProcessVariable<Double> modelAccuracy, ProcessVariable<Double> rulesAccuracy,
      ProcessVariable<String> promotionReason) {

    public void set(VariableScope scope, ModelTraining.Result result) {
      version.set(scope, result.version());
      promoted.set(scope, result.promoted());
      modelAccuracy.set(scope, result.modelAccuracy());
      rulesAccuracy.set(scope, result.rulesAccuracy());
      promotionReason.set(scope, result.reason());
    }
  }

  /** What the trainings produced, kept on the instance so Cockpit shows it. */
  public static final class Variables {
    /** The escalation correction model's figures, under the names they had when it was the only model. */
    public static final TrainingFigures ESCALATION_CORRECTION_MODEL = new TrainingFigures(
        ProcessVariable.of("modelVersion", Integer.class), ProcessVariable.of("modelPromoted", Boolean.class),
        ProcessVariable.of("modelAccuracy", Double.class), ProcessVariable.of("rulesAccuracy", Double.class),
        ProcessVariable.of("promotionReason", String.class));
    public static final TrainingFigures TOPIC_MODEL = new TrainingFigures(
        ProcessVariable.of("topicModelVersion", Integer.class), ProcessVariable.of("topicModelPromoted", Boolean.class),
        ProcessVariable.of("topicModelAccuracy", Double.class), ProcessVariable.of("topicRulesAccuracy", Double.class),
        ProcessVariable.of("topicPromotionReason", String.class));

    private Variables() {
    }
  }

  private FeedbackModelTraining() {
  }
}
