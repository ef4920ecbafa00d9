package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SENTIMENT_30D;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SENTIMENT_7D;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND_DECLINING;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.CLV;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATED_TICKETS_LAST_30_DAYS;
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
import java.util.Locale;
import java.util.Optional;
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

  /**
   * The baseline light of the account's trend as the check step read it. The rest of the trend is in process
   * variables already (light, averages, frustrated tickets), so the weigh step rebuilds the trend from them: handing
   * over the trend itself would have Camunda serialize it to JSON, transient or not (2 % of the job executor's work
   * under load, docs/performance.md).
   */
  static final ProcessVariable<String> TREND_BASELINE_READ = ProcessVariable.of("gateTrendBaseline", String.class);
  /*
   * The alert open for the ticket's cooldown keys (found before the table, or the one that won the race), handed over
   * field by field for the same reason as the trend. Its cooldown key is set only while an alert is open.
   */
  private static final ProcessVariable<String> OPEN_ALERT_KEY = ProcessVariable.of("gateOpenAlertKey", String.class);
  private static final ProcessVariable<String> OPEN_ALERT_INSTANCE =
      ProcessVariable.of("gateOpenAlertInstance", String.class);
  private static final ProcessVariable<String> OPEN_ALERT_BUSINESS_KEY =
      ProcessVariable.of("gateOpenAlertBusinessKey", String.class);
  private static final ProcessVariable<Boolean> OPEN_ALERT_REVIEW_TASK_OPENED =
      ProcessVariable.of("gateOpenAlertReviewTaskOpened", Boolean.class);

  private GateSteps() {
  }

  /** Hands the trend the check step read over to the weigh step, in the same transaction. */
  static void handOverTrend(DelegateExecution execution, AccountTrend trend) {
    ACCOUNT_TREND.set(execution, trend.light().value());
    ACCOUNT_TREND_DECLINING.set(execution, trend.declining());
    ACCOUNT_SENTIMENT_7D.set(execution, trend.average7d());
    ACCOUNT_SENTIMENT_30D.set(execution, trend.average30d());
    FRUSTRATED_TICKETS_LAST_30_DAYS.set(execution, trend.frustratedTicketsLast30Days());
    TREND_BASELINE_READ.setTransient(execution, trend.baseline().name());
  }

  /** The trend the check step handed over; empty when a model runs the steps apart (nothing transient survives). */
  static Optional<AccountTrend> trendHandedOver(DelegateExecution execution) {
    return TREND_BASELINE_READ.find(execution).map(baseline -> new AccountTrend(
        ACCOUNT_SENTIMENT_7D.find(execution).orElse(null), ACCOUNT_SENTIMENT_30D.find(execution).orElse(null),
        AccountTrend.Light.valueOf(ACCOUNT_TREND.find(execution).orElseThrow().toUpperCase(Locale.ROOT)),
        AccountTrend.Light.valueOf(baseline), FRUSTRATED_TICKETS_LAST_30_DAYS.find(execution).orElse(0)));
  }

  /** Hands the open alert (or none) over to the claim step, in the same transaction. */
  static void handOverOpenAlert(DelegateExecution execution, Optional<OpenAlert> alert) {
    // Most tickets meet no open alert: the key alone says so, and the other fields are read only with a key.
    OPEN_ALERT_KEY.setTransient(execution, alert.map(OpenAlert::cooldownKey).orElse(null));
    alert.ifPresent(open -> {
      OPEN_ALERT_INSTANCE.setTransient(execution, open.processInstanceId());
      OPEN_ALERT_BUSINESS_KEY.setTransient(execution, open.businessKey());
      OPEN_ALERT_REVIEW_TASK_OPENED.setTransient(execution, open.reviewTaskOpened());
    });
  }

  /** The open alert handed over; empty when there is none, or when a model runs the steps apart. */
  static Optional<OpenAlert> openAlertHandedOver(DelegateExecution execution) {
    return OPEN_ALERT_KEY.find(execution).map(key -> new OpenAlert(key, OPEN_ALERT_INSTANCE.find(execution)
        .orElse(null), OPEN_ALERT_BUSINESS_KEY.find(execution).orElse(null),
        OPEN_ALERT_REVIEW_TASK_OPENED.find(execution).orElse(false)));
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
