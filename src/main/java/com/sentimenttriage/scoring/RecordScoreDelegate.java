package com.sentimenttriage.scoring;


import com.sentimenttriage.records.ScoredTicket;
import com.sentimenttriage.records.ScoredTicketStore;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.CAMPAIGN;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.LEARNED_MODEL_VERSION;
import static com.sentimenttriage.triage.TriageVariables.POLARITY;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_QUEUE;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_STAGE;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SOURCE;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_CREATED_AT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the ticket's scores, the gate's decision, whatever it was, and the rollout queue and stage it was routed
 * in, with the masked text the learned model trains on and the helpdesk's campaign: one row, written once, after the routing.
 */
@Component("recordScoreDelegate")
public class RecordScoreDelegate implements JavaDelegate {

  private final ScoredTicketStore store;
  private final Clock clock;

  public RecordScoreDelegate(ScoredTicketStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.record(new ScoredTicket(
        execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(),
        SOURCE.get(execution),
        TICKET_ID.get(execution),
        ACCOUNT_ID.find(execution).orElse(null),
        POLARITY.get(execution),
        FRUSTRATION.get(execution),
        SENTIMENT_LABEL.get(execution),
        TOPICS.find(execution).orElse(""),
        ESCALATION_ACTION.get(execution),
        SEVERITY.get(execution),
        clock.instant()),
        new ScoredTicketStore.Context(
            TICKET_CREATED_AT.find(execution).map(java.util.Date::toInstant).orElse(null),
            ROLLOUT_QUEUE.get(execution),
            ROLLOUT_STAGE.get(execution),
            TicketText.of(SUBJECT.find(execution).orElse(""), TICKET_TEXT.find(execution).orElse("")),
            LEARNED_MODEL_VERSION.find(execution).orElse(null),
            CAMPAIGN.find(execution).orElse(null)));
  }
}
