package com.sentimenttriage.alerting;

import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.time.Clock;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Sends the CS alert by e-mail. The alert's idempotency key (instance and step: one per decision) is recorded in
 * the job's own transaction before the mail is handed over, and the hand-over is the last thing before the commit:
 * a failed hand-over rolls the record back and the job retries; a step that ran before finds the record and sends
 * nothing.
 *
 * <p>"Alert CS owner" (.camunda/element-templates/alert-cs-owner.json): the alert is composed from the task's input
 * parameters only. The recipient is none of them: it is read from the account directory by the account id.
 */
@Component("alertCsOwnerAdapter")
public class AlertCsOwnerAdapter implements JavaDelegate {

  private final CsAlertComposer composer;
  private final CsAlertMailer mailer;
  private final SentAlerts sentAlerts;
  private final Clock clock;

  public AlertCsOwnerAdapter(CsAlertComposer composer, CsAlertMailer mailer, SentAlerts sentAlerts, Clock clock) {
    this.composer = composer;
    this.mailer = mailer;
    this.sentAlerts = sentAlerts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = idempotencyKey(execution);
    if (sentAlerts.alreadySent(key)) {
      return;
    }
    CsAlert alert = composer.compose(key, execution.getProcessInstanceId(), reviewTask(execution),
        execution.getVariablesLocal());
    sentAlerts.record(alert.idempotencyKey(), alert.processInstanceId(), SentAlerts.EMAIL,
        maskRecipient(alert.to().email()), alert.mailSubject(), clock.instant());
    LastBeforeCommit.run(() -> mailer.send(alert));
  }

  static String idempotencyKey(DelegateExecution execution) {
    return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
  }

  /**
   * The supervisor's latest review task, from the history: open (for the Tasklist link) or completed (who confirmed
   * and when); null when the escalation had none.
   */
  static ReviewTask reviewTask(DelegateExecution execution) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TicketTriageProcess.Elements.REVIEW_ESCALATION)
        .orderByHistoricActivityInstanceStartTime().desc()
        .list().stream().findFirst()
        .map(task -> new ReviewTask(task.getId(), task.getEndTime() == null ? null
            : displayName(execution.getProcessEngineServices().getIdentityService(), task.getAssignee()),
            task.getEndTime() == null ? null : task.getEndTime().toInstant()))
        .orElse(null);
  }

  /** "Sam Park" for a user with a name, else the user id; null for none. */
  private static String displayName(IdentityService identity, String userId) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : String.join(" ",
        Stream.of(user.getFirstName(), user.getLastName()).filter(n -> n != null && !n.isBlank()).toList());
    return name.isBlank() ? userId : name;
  }

  /** Keeps the domain for diagnosis; the mailbox name is personal data. */
  static String maskRecipient(String email) {
    int at = email.indexOf('@');
    return at < 0 ? "[EMAIL]" : "[EMAIL]" + email.substring(at);
  }
}
