package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.CLV;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HEALTH_SCORE;
import static com.sentimenttriage.triage.TriageVariables.HIGHEST_TOPIC_RISK;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.POLARITY;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_SLA;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.triage.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the gate's three steps (check the account, claim the cooldown, weigh the verdict) read from the process, and
 * hand each other around the business-rule task "Decide escalation" that evaluates the table between them.
 *
 * <p>The handovers are transient: the steps and the table run in one transaction (no async boundary between them),
 * so the account's trend is read from the database once per ticket and the open alert found before the table is the
 * one a ticket is attached to. Nothing of them is stored.
 */
final class GateSteps {

  /** The account's trend, as the check step read it; the weigh step describes its risk factors from it. */
  static final ProcessVariable<AccountTrend> ACCOUNT_TREND_READ =
      ProcessVariable.of("gateAccountTrend", AccountTrend.class);
  /** The alert open for the ticket's cooldown keys (found before the table, or the one that won the race). */
  static final ProcessVariable<OpenAlert> OPEN_ALERT = ProcessVariable.of("gateOpenAlert", OpenAlert.class);
  /** True when another ticket claimed the cooldown first: the model's gateway sends the ticket to the table again. */
  static final ProcessVariable<Boolean> ANOTHER_TICKET_ALERTED_FIRST =
      ProcessVariable.of("anotherTicketAlertedFirst", Boolean.class);

  private GateSteps() {
  }

  /** The ticket as scored and looked up; the defaults are the table's reading of an unknown value. */
  static GateTicket ticket(DelegateExecution execution) {
    return new GateTicket(
        execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(),
        ACCOUNT_ID.find(execution).orElse(null),
        ACCOUNT_FOUND.find(execution).orElse(false),
        TOPICS.find(execution).orElse(""),
        FRUSTRATION.get(execution),
        POLARITY.get(execution),
        SENTIMENT_LABEL.get(execution),
        TICKET_TEXT.find(execution).orElse(null),
        HIGHEST_TOPIC_RISK.find(execution).orElse("None"),
        CHURN_RISK.find(execution).orElse(false),
        MRR.find(execution).orElse(0.0),
        CLV.find(execution).orElse(null),
        DAYS_TO_RENEWAL.find(execution).orElse(null),
        HEALTH_SCORE.find(execution).orElse(null),
        PLAN.find(execution).orElse("Unknown"));
  }

  /** The table's decision, as "Decide escalation" maps its outputs to the process. */
  static GateDecision decision(DelegateExecution execution) {
    return new GateDecision(
        ESCALATION_ACTION.find(execution).orElse(null),
        SEVERITY.find(execution).orElse(null),
        REVIEW_SLA.find(execution).orElse(null),
        RECOMMENDED_ACTION.find(execution).orElse(null),
        ESCALATION_REASON.find(execution).orElse(null));
  }
}
