package com.sentimenttriage.feedback.learning;

import com.sentimenttriage.triage.ProcessVariable;

/** The contract of the feedback model training process: key, resource, element ids, bean and variables. */
public final class FeedbackModelTraining {

  public static final String KEY = "feedback-model-training";
  public static final String RESOURCE = "processes/feedback-model-training.bpmn";
  /** The message that starts a training on demand. */
  public static final String TRAINING_REQUESTED_MESSAGE = "FeedbackModelTrainingRequested";

  public static final class Elements {
    public static final String NIGHTLY_TRAINING_DUE = "StartEvent_NightlyTrainingDue";
    public static final String TRAINING_REQUESTED = "StartEvent_TrainingRequested";
    public static final String TRAIN_FEEDBACK_MODEL = "ServiceTask_TrainFeedbackModel";
    public static final String MODEL_TRAINED = "EndEvent_ModelTrained";

    private Elements() {
    }
  }

  public static final class Beans {
    public static final String TRAIN_FEEDBACK_MODEL = "trainFeedbackModelDelegate";

    private Beans() {
    }
  }

  /** What the training produced, kept on the instance so Cockpit shows it. */
  public static final class Variables {
    public static final ProcessVariable<Integer> MODEL_VERSION = ProcessVariable.of("modelVersion", Integer.class);
    public static final ProcessVariable<Boolean> MODEL_PROMOTED = ProcessVariable.of("modelPromoted", Boolean.class);
    public static final ProcessVariable<Double> MODEL_ACCURACY = ProcessVariable.of("modelAccuracy", Double.class);
    public static final ProcessVariable<Double> RULES_ACCURACY = ProcessVariable.of("rulesAccuracy", Double.class);
    public static final ProcessVariable<String> PROMOTION_REASON =
        ProcessVariable.of("promotionReason", String.class);

    private Variables() {
    }
  }

  private FeedbackModelTraining() {
  }
}
