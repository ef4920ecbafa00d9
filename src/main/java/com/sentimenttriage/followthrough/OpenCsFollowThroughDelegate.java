package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_KIND;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_CREATED_AT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TriageVariables;
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
 *
 * <p>"Start CS follow-through" (.camunda/element-templates/start-cs-follow-through.json): reads only its input
 * parameters; {@code followThroughKind} (AT_RISK unless given) says whether an alert or a promoter starts it.
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
    Map<String, Object> inputs = execution.getVariablesLocal();
    FollowThroughKind kind = FOLLOW_THROUGH_KIND.find(inputs).map(FollowThroughKind::valueOf)
        .orElse(FollowThroughKind.AT_RISK);
    if (kind == FollowThroughKind.ADVOCACY && properties.advocacy() == FollowThroughProperties.Advocacy.DIGEST) {
      // No task: the weekly digest lists the ticket under "Advocacy opportunities" from its scored_ticket row.
      return;
    }
    followThroughs.open(handOver(execution, inputs, kind));
  }

  static FollowThroughs.HandOver handOver(DelegateExecution execution, Map<String, ?> inputs,
      FollowThroughKind kind) {
    Map<String, Object> variables = new HashMap<>();
    for (ProcessVariable<?> variable : HANDED_OVER) {
      variable.find(inputs).ifPresent(value -> variables.put(variable.name(), value));
    }
    return new FollowThroughs.HandOver(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), kind,
        ACCOUNT_ID.find(inputs).orElse(null), ACCOUNT_NAME.find(inputs).orElse(null),
        SUBJECT.find(inputs).orElse(null), SEVERITY.find(inputs).orElse(null),
        TOPICS.find(inputs).orElse(null), DAYS_TO_RENEWAL.find(inputs).orElse(null),
        TICKET_CREATED_AT.find(inputs).map(Date::toInstant).orElse(null), variables);
  }
}
