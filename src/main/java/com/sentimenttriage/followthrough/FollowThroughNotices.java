package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ALERT_PROCESS_INSTANCE_ID;
import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_NAME;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_DUE;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_TITLE;
import static com.sentimenttriage.triage.TriageVariables.PLAYBOOK_STEPS;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.alerting.AlertLinks;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.LastBeforeCommit;
import com.sentimenttriage.records.FollowThroughRecords;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The reminder and the escalation of an open follow-through, read from its variables and its account: recipients
 * always come from the account, never from a variable a completion could write. Recorded for the measures.
 */
@Component
public class FollowThroughNotices {

  private final AccountDirectory accounts;
  private final FollowThroughs followThroughs;
  private final FollowThroughMailer mailer;
  private final FollowThroughRecords records;
  private final AlertLinks links;
  private final Clock clock;

  public FollowThroughNotices(AccountDirectory accounts, FollowThroughs followThroughs, FollowThroughMailer mailer,
      FollowThroughRecords records, AlertProperties alertProperties, Clock clock) {
    this.accounts = accounts;
    this.followThroughs = followThroughs;
    this.mailer = mailer;
    this.records = records;
    this.links = new AlertLinks(alertProperties);
    this.clock = clock;
  }

  public void remindOwner(DelegateExecution execution) {
    Optional<Account> account = ACCOUNT_ID.find(execution).flatMap(accounts::findById);
    FollowThroughMailer.Reminder reminder = new FollowThroughMailer.Reminder(
        account.map(Account::csOwnerEmail).orElse(null), CS_OWNER_NAME.find(execution).orElse(null),
        FOLLOW_THROUGH_TITLE.get(execution), FOLLOW_THROUGH_DUE.get(execution).toInstant(),
        PLAYBOOK_STEPS.find(execution).orElse(""), taskLink(execution));
    records.reminded(execution.getProcessInstanceId(), clock.instant());
    // Last before the commit, as the alert's mail: an alert joining the follow-through at this moment fails this
    // job on the engine's optimistic lock, and a reminder already sent would go out again with the retry.
    LastBeforeCommit.run(() -> mailer.remind(reminder));
  }

  public void escalateToManager(DelegateExecution execution) {
    Optional<Account> account = ACCOUNT_ID.find(execution).flatMap(accounts::findById);
    FollowThroughMailer.Escalation escalation = new FollowThroughMailer.Escalation(
        account.map(Account::csManagerEmail).orElse(null), CS_OWNER_NAME.find(execution).orElse(null),
        FOLLOW_THROUGH_TITLE.get(execution), FOLLOW_THROUGH_DUE.get(execution).toInstant(), taskLink(execution));
    records.escalated(execution.getProcessInstanceId(), clock.instant());
    LastBeforeCommit.run(() -> mailer.escalate(escalation));
  }

  private String taskLink(DelegateExecution execution) {
    return followThroughs.openTaskOf(execution.getProcessInstanceId()).map(Task::getId).map(links::tasklist)
        .orElse(links.followThrough(ALERT_PROCESS_INSTANCE_ID.find(execution).orElse(null)));
  }
}
