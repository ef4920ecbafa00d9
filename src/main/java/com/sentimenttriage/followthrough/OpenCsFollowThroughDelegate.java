package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_CREATED_AT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TriageVariables;
import com.sentimenttriage.triage.TriageVariables.EscalationAction;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * In the triage process, after the alert went out (or for a promoter the gate called an advocacy opportunity): hands it to the account's CS owner as a follow-through (a new
 * one, or the one still open for the account). Runs in the alert step's transaction, so the follow-through and the
 * alert's record commit together.
 */
@Component("openCsFollowThroughDelegate")
public class OpenCsFollowThroughDelegate implements JavaDelegate {

  /** What the follow-through reads from the triage: references and the gate's words, no ticket text. */
  static final List<ProcessVariable<?>> HANDED_OVER = List.of(TriageVariables.SOURCE, TriageVariables.TICKET_ID,
      SUBJECT, ACCOUNT_ID, ACCOUNT_NAME, TriageVariables.CS_OWNER_NAME, SEVERITY, TOPICS,
      TriageVariables.ESCALATION_REASON, TriageVariables.RISK_FACTORS, TriageVariables.RECOMMENDED_ACTION,
      TriageVariables.SENTIMENT_LABEL, TriageVariables.FRUSTRATION, DAYS_TO_RENEWAL, TriageVariables.PRIORITY);

  private final FollowThroughs followThroughs;
  private final FollowThroughProperties properties;

  public OpenCsFollowThroughDelegate(FollowThroughs followThroughs, FollowThroughProperties properties) {
    this.followThroughs = followThroughs;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean promoter = TriageVariables.ESCALATION_ACTION.find(execution)
        .filter(EscalationAction.ADVOCACY.name()::equals).isPresent();
    if (promoter && properties.advocacy() == FollowThroughProperties.Advocacy.DIGEST) {
      // No task: the weekly digest lists the ticket under "Advocacy opportunities" from its scored_ticket row.
      return;
    }
    followThroughs.open(handOver(execution, promoter ? FollowThroughKind.ADVOCACY : FollowThroughKind.AT_RISK));
  }

  static FollowThroughs.HandOver handOver(DelegateExecution execution, FollowThroughKind kind) {
    Map<String, Object> variables = new HashMap<>();
    for (ProcessVariable<?> variable : HANDED_OVER) {
      variable.find(execution).ifPresent(value -> variables.put(variable.name(), value));
    }
    return new FollowThroughs.HandOver(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), kind,
        ACCOUNT_ID.find(execution).orElse(null), ACCOUNT_NAME.find(execution).orElse(null),
        SUBJECT.find(execution).orElse(null), SEVERITY.find(execution).orElse(null),
        TOPICS.find(execution).orElse(null), DAYS_TO_RENEWAL.find(execution).orElse(null),
        TICKET_CREATED_AT.find(execution).map(Date::toInstant).orElse(null), variables);
  }
}
