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
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record ticket score" (.camunda/element-templates/record-ticket-score.json): stores the scores, the gate's
 * decision, whatever it was, and the rollout queue and stage it was routed in, with the masked text the learned
 * model trains on and the helpdesk's campaign: one row, written once, after the routing. It reads only its input
 * parameters, so another process (the survey comment triage) records its rows too, and they reach the digests.
 * A caller without a rollout leaves queue and stage unmapped: the row then holds none (null) rather than a queue the
 * caller never routed to, and a PASSIVE stage's "nobody was notified" never applies to it.
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
    Map<String, Object> inputs = execution.getVariablesLocal();
    store.record(new ScoredTicket(
        execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(),
        SOURCE.get(inputs),
        TICKET_ID.get(inputs),
        ACCOUNT_ID.find(inputs).orElse(null),
        POLARITY.get(inputs),
        FRUSTRATION.get(inputs),
        SENTIMENT_LABEL.get(inputs),
        TOPICS.find(inputs).orElse(""),
        ESCALATION_ACTION.get(inputs),
        SEVERITY.get(inputs),
        clock.instant()),
        new ScoredTicketStore.Context(
            TICKET_CREATED_AT.find(inputs).map(java.util.Date::toInstant).orElse(null),
            ROLLOUT_QUEUE.find(inputs).orElse(null),
            ROLLOUT_STAGE.find(inputs).orElse(null),
            TicketText.of(SUBJECT.find(inputs).orElse(""), TICKET_TEXT.find(inputs).orElse("")),
            LEARNED_MODEL_VERSION.find(inputs).orElse(null),
            CAMPAIGN.find(inputs).orElse(null)));
  }
}
