package com.sentimenttriage.writeback;

import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HELPDESK_ACTIONS;
import static com.sentimenttriage.triage.TriageVariables.HELPDESK_WRITE_BACK;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.RECLASSIFIED_LABEL;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DECISION;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_STAGE;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SOURCE;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.rollout.RolloutStage;
import com.sentimenttriage.triage.TriageVariables.EscalationAction;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Write score back to helpdesk": the ticket's current score, the gate's decision and (from ASSISTIVE on) the
 * actions table's actions, to the helpdesk the ticket came from. Runs as its own job after scoring, after a re-score
 * and after a review verdict; a failure is noted for the retry cycle (Retry-After) and rethrown.
 *
 * <p>"Write back to the helpdesk" (.camunda/element-templates/write-back-to-helpdesk.json): reads only its input
 * parameters and sets both outputs as local variables, which the task's output mappings carry out.
 */
@Component("writeBackToHelpdeskDelegate")
public class WriteBackToHelpdeskDelegate implements JavaDelegate {

  private final HelpdeskWriteBacks writeBacks;
  private final HelpdeskActionsTable actionsTable;
  private final WriteBackRetryPolicy retryPolicy;

  public WriteBackToHelpdeskDelegate(HelpdeskWriteBacks writeBacks, HelpdeskActionsTable actionsTable,
      WriteBackRetryPolicy retryPolicy) {
    this.writeBacks = writeBacks;
    this.actionsTable = actionsTable;
    this.retryPolicy = retryPolicy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> inputs = execution.getVariablesLocal();
    String source = SOURCE.get(inputs);
    if (!writeBacks.writesTo(source)) {
      // Credentials removed since the gateway let the ticket through: nothing is written, and that is no failure.
      HELPDESK_WRITE_BACK.setLocal(execution, HelpdeskWriteBacks.Outcome.NOT_CONFIGURED.name());
      HELPDESK_ACTIONS.setLocal(execution, "");
      return;
    }
    String label = RECLASSIFIED_LABEL.find(inputs).filter(l -> !l.isBlank())
        .orElseGet(() -> SENTIMENT_LABEL.get(inputs));
    int frustration = FRUSTRATION.find(inputs).orElse(0);
    String action = ESCALATION_ACTION.find(inputs).orElse(null);
    String severity = SEVERITY.find(inputs).orElse(null);
    boolean dismissed = REVIEW_DECISION.find(inputs)
        .map(decision -> !ReviewDecision.of(decision).correct()).orElse(false);
    boolean escalated = EscalationAction.ALERT.name().equals(action) && !dismissed;
    RolloutStage stage = ROLLOUT_STAGE.find(inputs).map(RolloutStage::parse).orElse(RolloutStage.PASSIVE);
    List<HelpdeskAction> actions = stage == RolloutStage.PASSIVE ? List.of()
        : actionsTable.decide(execution.getProcessEngineServices().getDecisionService(),
            new HelpdeskActionsTable.Inputs(label, frustration, severity, action,
                MRR.find(inputs).orElse(0.0), PLAN.find(inputs).orElse(null)));
    WriteBack writeBack = new WriteBack(source, TICKET_ID.get(inputs), label, frustration,
        topics(TOPICS.find(inputs).orElse("")), action, severity,
        SCORE_EXPLANATION.find(inputs).orElse(""), escalated, actions);
    HelpdeskWriteBacks.Outcome outcome;
    try {
      outcome = writeBacks.writeBack(writeBack, execution.getProcessInstanceId());
    } catch (WriteBackException e) {
      retryPolicy.failed(e);
      throw e;
    }
    HELPDESK_WRITE_BACK.setLocal(execution, outcome.name());
    HELPDESK_ACTIONS.setLocal(execution, HelpdeskWriteBacks.describe(actions));
  }

  private static List<String> topics(String topics) {
    return Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
