package com.sentimenttriage.rollout;

import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_QUEUE;

import com.sentimenttriage.engine.RoutingTables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads the queue's stage again when a review is long overdue: a queue promoted since the ticket arrived is
 * trusted to alert without the review; one still assistive is not.
 */
@Component("checkRolloutStageDelegate")
public class CheckRolloutStageDelegate implements JavaDelegate {

  private final Rollout rollout;
  private final RoutingTables tables;

  public CheckRolloutStageDelegate(Rollout rollout, RoutingTables tables) {
    this.rollout = rollout;
    this.tables = tables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String queue = ROLLOUT_QUEUE.find(execution).orElse(QueueRouting.DEFAULT_QUEUE);
    EscalationRoutes.decide(execution, rollout.stageOf(queue).stage(), tables);
  }
}
