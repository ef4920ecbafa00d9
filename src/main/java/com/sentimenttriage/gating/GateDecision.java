package com.sentimenttriage.gating;

import com.sentimenttriage.triage.TriageVariables.EscalationAction;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

/** What the escalation gate decided for one ticket. {@code reviewSla} is null when nobody needs to review. */
public record GateDecision(String action, String severity, String reviewSla, String recommendedAction,
    String reason) {

  public static GateDecision of(DmnDecisionResultEntries entries) {
    // An empty output cell leaves its entry out of the result (getEntry would fail): read it as null.
    return new GateDecision(
        (String) entries.get(EscalationGate.ACTION),
        (String) entries.get(EscalationGate.SEVERITY),
        (String) entries.get(EscalationGate.REVIEW_SLA),
        (String) entries.get(EscalationGate.RECOMMENDED_ACTION),
        (String) entries.get(EscalationGate.REASON));
  }

  public boolean alerts() {
    return EscalationAction.ALERT.name().equals(action);
  }
}
