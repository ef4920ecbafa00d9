package com.sentimenttriage.rollout;

import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ROUTE;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_STAGE;

import com.sentimenttriage.engine.RoutingTables;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Asks processes/escalation-route.dmn what the queue's stage makes of the gate's action, and stores the answer. */
final class EscalationRoutes {

  static final String ROUTE_OUTPUT = "route";

  private EscalationRoutes() {
  }

  static String decide(DelegateExecution execution, RolloutStage stage, RoutingTables tables) {
    ROLLOUT_STAGE.set(execution, stage.name());
    Map<String, Object> inputs = new HashMap<>();
    ESCALATION_ACTION.putInto(inputs, ESCALATION_ACTION.get(execution));
    ROLLOUT_STAGE.putInto(inputs, stage.name());
    String route = tables.evaluate(execution.getProcessEngine(), TicketTriageProcess.ROUTE_DECISION_KEY, inputs)
        .getSingleResult()
        .getEntry(ROUTE_OUTPUT);
    ESCALATION_ROUTE.set(execution, route);
    return route;
  }
}
