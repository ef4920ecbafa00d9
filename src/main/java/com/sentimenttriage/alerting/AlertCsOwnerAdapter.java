package com.sentimenttriage.alerting;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ALERT_UNREVIEWED;
import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_EMAIL;
import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_NAME;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_COMMENT;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the CS alert by e-mail. The alert is recorded under an idempotency key in the job's own transaction, so a
 * job retried after a committed send finds the record and does not send again.
 */
@Component("alertCsOwnerAdapter")
public class AlertCsOwnerAdapter implements JavaDelegate {

  private final CsAlertMailer mailer;
  private final SentAlerts sentAlerts;
  private final AlertProperties properties;
  private final Clock clock;

  public AlertCsOwnerAdapter(CsAlertMailer mailer, SentAlerts sentAlerts, AlertProperties properties, Clock clock) {
    this.mailer = mailer;
    this.sentAlerts = sentAlerts;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    if (sentAlerts.alreadySent(key)) {
      return;
    }
    CsAlert alert = new CsAlert(
        key,
        execution.getProcessInstanceId(),
        CS_OWNER_EMAIL.find(execution).orElse(properties.fallbackRecipient()),
        CS_OWNER_NAME.find(execution).orElse("CS team"),
        TICKET_ID.get(execution),
        SUBJECT.find(execution).orElse("(no subject)"),
        TICKET_TEXT.get(execution),
        ACCOUNT_NAME.get(execution),
        PLAN.find(execution).orElse(""),
        MRR.find(execution).orElse(0.0),
        DAYS_TO_RENEWAL.find(execution).orElse(null),
        SEVERITY.get(execution),
        SENTIMENT_LABEL.get(execution),
        FRUSTRATION.get(execution),
        TOPICS.find(execution).orElse(""),
        SCORE_EXPLANATION.find(execution).orElse(""),
        ESCALATION_REASON.find(execution).orElse(""),
        REVIEW_COMMENT.find(execution).orElse(""),
        ALERT_UNREVIEWED.find(execution).orElse(false));
    mailer.send(alert);
    sentAlerts.record(alert, clock.instant());
  }
}
