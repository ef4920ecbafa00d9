package com.sentimenttriage.rollout;

import static com.sentimenttriage.rollout.RolloutStageChangeProcess.INITIATOR;
import static com.sentimenttriage.rollout.RolloutStageChangeProcess.NEW_STAGE;
import static com.sentimenttriage.rollout.RolloutStageChangeProcess.PRECISION_AT_CHANGE;
import static com.sentimenttriage.rollout.RolloutStageChangeProcess.QUEUE;
import static com.sentimenttriage.rollout.RolloutStageChangeProcess.REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies a process admin's stage change. It runs in the transaction of the start, so bad input (unknown queue or
 * stage, no reason, no change) fails the start and nothing is stored.
 */
@Component("changeRolloutStageDelegate")
public class ChangeRolloutStageDelegate implements JavaDelegate {

  private final Rollout rollout;

  public ChangeRolloutStageDelegate(Rollout rollout) {
    this.rollout = rollout;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String queue = QUEUE.find(execution).map(String::strip).orElse("");
    if (!QueueRouting.queues(execution.getProcessEngineServices()).contains(queue)) {
      throw new IllegalArgumentException("Unknown rollout queue '" + queue + "'");
    }
    StageChange change = rollout.change(queue, RolloutStage.parse(NEW_STAGE.find(execution).orElse(null)),
        INITIATOR.find(execution).orElse(null), REASON.find(execution).orElse(null));
    PRECISION_AT_CHANGE.set(execution, change.precision());
  }
}
