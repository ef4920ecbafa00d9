package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the escalation gate decision table what to do with a scored ticket. The table, not this class, holds
 * the rules; evaluating the latest deployed version by key means an admin's redeployment takes effect for the
 * next ticket without a restart.
 */
@Component("decideEscalationDelegate")
public class DecideEscalationDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> inputs = new HashMap<>();
    FRUSTRATION.putInto(inputs, FRUSTRATION.get(execution));
    MRR.putInto(inputs, MRR.get(execution));
    DAYS_TO_RENEWAL.putInto(inputs, DAYS_TO_RENEWAL.find(execution).orElse(null));

    DmnDecisionResultEntries decision = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(TicketTriageProcess.GATE_DECISION_KEY)
        .variables(inputs)
        .evaluate()
        .getSingleResult();

    ESCALATION_ACTION.set(execution, decision.getEntry(EscalationGate.ACTION));
    SEVERITY.set(execution, decision.getEntry(EscalationGate.SEVERITY));
    ESCALATION_REASON.set(execution, decision.getEntry(EscalationGate.REASON));
  }
}
