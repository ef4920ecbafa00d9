package com.sentimenttriage.writeback;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * processes/helpdesk-actions.dmn, which process admins own: what triage may do in the helpdesk beyond writing the
 * score (a priority, a group, an SLA tag). Evaluated through the engine's decision service, latest deployed version,
 * so each evaluation is in the decision history Cockpit shows.
 */
@Component
public class HelpdeskActionsTable {

  public static final String DECISION_KEY = "helpdesk-actions";

  /** The table's inputs. */
  public record Inputs(String sentimentLabel, int frustration, String severity, String escalationAction,
      double mrr, String plan) {
  }

  public List<HelpdeskAction> decide(DecisionService decisions, Inputs inputs) {
    DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("sentimentLabel", inputs.sentimentLabel())
            .putValue("frustration", inputs.frustration())
            .putValue("severity", inputs.severity())
            .putValue("escalationAction", inputs.escalationAction())
            .putValue("mrr", inputs.mrr())
            .putValue("plan", inputs.plan()))
        .evaluate();
    return result.getResultList().stream()
        .map(row -> new HelpdeskAction((String) row.get("kind"), (String) row.get("value")))
        .toList();
  }
}
