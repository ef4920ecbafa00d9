package com.sentimenttriage.rollout;

import com.sentimenttriage.triage.ProcessVariable;
import java.util.List;

/**
 * The contract of the "Change rollout stage" process: process admins start it from Tasklist's start form or through
 * {@code POST /api/rollout/queues/{queue}/stage}; either way the engine knows the initiator, so the audit trail
 * names the person.
 */
public final class RolloutStageChangeProcess {

  public static final String KEY = "change-rollout-stage";
  public static final String RESOURCE = "processes/change-rollout-stage.bpmn";
  public static final String FORM_KEY = "change-rollout-stage";
  public static final String FORM_RESOURCE = "forms/change-rollout-stage.form";

  public static final class Elements {
    public static final String STAGE_CHANGE_REQUESTED = "StartEvent_StageChangeRequested";
    public static final String CHANGE_ROLLOUT_STAGE = "ServiceTask_ChangeRolloutStage";
    public static final String ROLLOUT_STAGE_CHANGED = "EndEvent_RolloutStageChanged";

    private Elements() {
    }
  }

  public static final class Beans {
    public static final String CHANGE_ROLLOUT_STAGE = "changeRolloutStageDelegate";

    private Beans() {
    }
  }

  public static final ProcessVariable<String> QUEUE = ProcessVariable.of("rolloutQueue", String.class);
  public static final ProcessVariable<String> NEW_STAGE = ProcessVariable.of("newRolloutStage", String.class);
  public static final ProcessVariable<String> REASON = ProcessVariable.of("stageChangeReason", String.class);
  /** Set by the engine from camunda:initiator: the signed-in user who started the change. */
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);
  /** The precision recorded with the change, for the Cockpit history of the instance. */
  public static final ProcessVariable<Double> PRECISION_AT_CHANGE = ProcessVariable.of("precisionAtChange",
      Double.class);

  public static final List<ProcessVariable<?>> ALL = List.of(QUEUE, NEW_STAGE, REASON, INITIATOR,
      PRECISION_AT_CHANGE);

  private RolloutStageChangeProcess() {
  }
}
