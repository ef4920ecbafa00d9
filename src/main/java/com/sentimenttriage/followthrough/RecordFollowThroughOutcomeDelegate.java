package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ALERT_PROCESS_INSTANCE_ID;
import static com.sentimenttriage.triage.TriageVariables.ESCALATE_TO_MANAGER_AT;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_DUE;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_OUTCOME;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_UP_AT;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_UP_DATE;
import static com.sentimenttriage.triage.TriageVariables.NO_ACTION_REASON;
import static com.sentimenttriage.triage.TriageVariables.OUTCOME_NOTE;

import com.sentimenttriage.followthrough.FollowThroughOutcomes.Entered;
import com.sentimenttriage.followthrough.FollowThroughOutcomes.Next;
import com.sentimenttriage.records.FollowThroughRecords;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Stores the owner's outcome and says whether the follow-through waits for a follow-up date. It runs in the
 * completion's own transaction (no async boundary after the task): a refused entry leaves the task open with the
 * reason, and the one who completed it is known.
 */
@Component("recordFollowThroughOutcomeDelegate")
public class RecordFollowThroughOutcomeDelegate implements JavaDelegate {

  private final FollowThroughOutcomes outcomes;

  public RecordFollowThroughOutcomeDelegate(FollowThroughRecords records, FollowThroughProperties properties,
      FollowThroughCalendar calendar, Clock clock) {
    this.outcomes = new FollowThroughOutcomes(records, properties, calendar, clock);
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The engine's public IdentityService hands out the caller as this type.
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Next next;
    try {
      next = outcomes.record(new Entered(execution.getProcessInstanceId(), ALERT_PROCESS_INSTANCE_ID.get(execution),
          ACCOUNT_ID.find(execution).orElse(null),
          FOLLOW_THROUGH_OUTCOME.find(execution).orElse(null), NO_ACTION_REASON.find(execution).orElse(null),
          FOLLOW_UP_DATE.find(execution).orElse(null), OUTCOME_NOTE.find(execution).orElse(null),
          caller == null ? null : caller.getUserId()));
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
    // The date is used up: the re-opened task's form starts without it.
    FOLLOW_UP_DATE.set(execution, null);
    FOLLOW_UP_AT.set(execution, next.followUp() ? Date.from(next.followUpAt()) : null);
    if (next.followUp()) {
      FOLLOW_THROUGH_DUE.set(execution, Date.from(next.due()));
      ESCALATE_TO_MANAGER_AT.set(execution, Date.from(next.escalateAt()));
    }
  }
}
