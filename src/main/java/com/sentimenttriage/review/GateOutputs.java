package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.PRIORITY;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_SLA;
import static com.sentimenttriage.triage.TriageVariables.RISK_FACTORS;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;

import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What "Prepare review" takes from the escalation gate, its only source: the review SLA from the rule of
 * processes/escalation-gate.dmn that decided, the priority and the risk factors from the gate delegate around it.
 * A ticket that reaches review without an SLA met a modelling error, typically a redeployed table whose rule can lead
 * to review but has an empty cell. Failing makes that an incident on "Prepare review" that names the rule, which a
 * process admin can fix; a value made up here would hide the error and contradict the table. The recommended action
 * is not checked: the gate delegate fills an empty one with the configured default for the severity, for reviewed
 * and unreviewed alerts alike.
 */
record GateOutputs(Duration reviewSla) {

  /**
   * The review SLA, once every output the review task and the alert need is there: the priority and the risk factors
   * are checked here, so that a gap fails in one place, not as an unknown property in the task.
   */
  static GateOutputs of(DelegateExecution execution) {
    PRIORITY.find(execution).orElseThrow(() -> notDecided(PRIORITY));
    RISK_FACTORS.find(execution).filter(factors -> !factors.isBlank()).orElseThrow(() -> notDecided(RISK_FACTORS));
    return new GateOutputs(reviewSla(execution));
  }

  private static Duration reviewSla(DelegateExecution execution) {
    String sla = fromTableRule(execution, REVIEW_SLA);
    try {
      return Duration.parse(sla);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(theRule(execution) + " gives the " + REVIEW_SLA.name() + " '" + sla
          + "', which is not an ISO-8601 duration such as PT4H or P1D. " + howToFix(), e);
    }
  }

  private static String fromTableRule(DelegateExecution execution, ProcessVariable<String> output) {
    return output.find(execution).filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
        theRule(execution) + " gives no " + output.name() + ", but its action can lead to a review, which needs one. "
            + howToFix()));
  }

  /**
   * Names the rule by its reason cell, which the admin sees in the Modeler beside the empty one (the engine does
   * not tell which rule matched); EscalationGateTest keeps the reasons distinct, so the reason names one rule.
   */
  private static String theRule(DelegateExecution execution) {
    return "The rule of the escalation gate (" + TicketTriageProcess.GATE_RESOURCE + ", decision '"
        + TicketTriageProcess.GATE_DECISION_KEY + "') that decided " + ESCALATION_ACTION.find(execution).orElse("?")
        + "/" + SEVERITY.find(execution).orElse("?") + " with the reason \""
        + ESCALATION_REASON.find(execution).orElse("") + "\"";
  }

  /** The retry starts again before "Decide escalation", in the same job, so it reads the redeployed table. */
  private static String howToFix() {
    return "Fill in that rule's cell in the Camunda Modeler, redeploy the table, then retry this incident.";
  }

  private static IllegalStateException notDecided(ProcessVariable<?> variable) {
    return new IllegalStateException("No " + variable.name() + " on this ticket: \"Decide escalation\" ("
        + TicketTriageProcess.Elements.DECIDE_ESCALATION + ") sets it on every ticket, so this one reached review "
        + "without passing the gate (a changed model, or an instance moved past the gate in Cockpit).");
  }
}
