package com.sentimenttriage.rollout;

import static com.sentimenttriage.triage.TriageVariables.AUDIT_SAMPLED;
import static com.sentimenttriage.triage.TriageVariables.CHANNEL;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_QUEUE;
import static com.sentimenttriage.triage.TriageVariables.TAGS;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.engine.RoutingTables;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables.EscalationRoute;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the ticket in its rollout queue (queue-routing table), reads the queue's stage, lets the escalation-route
 * table decide review, alert or record, and draws whether an automated alert is audited.
 */
@Component("routeToRolloutQueueDelegate")
public class RouteToRolloutQueueDelegate implements JavaDelegate {

  private final Rollout rollout;
  private final RoutingTables tables;

  public RouteToRolloutQueueDelegate(Rollout rollout, RoutingTables tables) {
    this.rollout = rollout;
    this.tables = tables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> inputs = new HashMap<>();
    TOPICS.putInto(inputs, TOPICS.find(execution).orElse(""));
    CHANNEL.putInto(inputs, CHANNEL.find(execution).orElse(""));
    TAGS.putInto(inputs, TAGS.find(execution).orElse(""));
    String queue = tables
        .evaluate(execution.getProcessEngine(), TicketTriageProcess.QUEUE_ROUTING_DECISION_KEY, inputs)
        .getSingleResult()
        .getEntry(QueueRouting.QUEUE_OUTPUT);
    ROLLOUT_QUEUE.set(execution, queue);

    QueueStage stage = rollout.stageOf(queue);
    String route = EscalationRoutes.decide(execution, stage.stage(), tables);
    AUDIT_SAMPLED.set(execution, EscalationRoute.ALERT.name().equals(route) && rollout.sampleForAudit(stage));
  }
}
