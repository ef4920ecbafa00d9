package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ALERT_CONTENT;
import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_USER_ID;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_KIND;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_TITLE;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.PRIMARY_TOPIC;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.RISK_FACTORS;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SOURCE;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TICKET_LINK;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.alerting.AlertLinks;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes what the CS owner's task shows and who it is for: its name, the alert's content, the ticket's link in the
 * helpdesk, the main topic the playbook reads, and the Tasklist user who owns the account.
 */
@Component("prepareFollowThroughDelegate")
public class PrepareFollowThroughDelegate implements JavaDelegate {

  private final AccountDirectory accounts;
  private final CsOwners csOwners;
  private final AlertLinks links;

  public PrepareFollowThroughDelegate(AccountDirectory accounts, CsOwners csOwners, AlertProperties alertProperties) {
    this.accounts = accounts;
    this.csOwners = csOwners;
    this.links = new AlertLinks(alertProperties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowThroughTask task = new FollowThroughTask(FollowThroughKind.valueOf(FOLLOW_THROUGH_KIND.get(execution)),
        ACCOUNT_NAME.find(execution).orElse(null), SUBJECT.find(execution).orElse(null),
        SEVERITY.find(execution).orElse(null), ESCALATION_REASON.find(execution).orElse(null),
        RISK_FACTORS.find(execution).orElse(null), RECOMMENDED_ACTION.find(execution).orElse(null),
        SENTIMENT_LABEL.find(execution).orElse(null), FRUSTRATION.find(execution).orElse(null),
        DAYS_TO_RENEWAL.find(execution).orElse(null));
    FOLLOW_THROUGH_TITLE.set(execution, task.title());
    ALERT_CONTENT.set(execution, task.alertContent());
    PRIMARY_TOPIC.set(execution, FollowThroughTask.primaryTopic(TOPICS.find(execution).orElse(null)));
    TICKET_LINK.set(execution, links.ticket(SOURCE.find(execution).orElse(null), TICKET_ID.find(execution).orElse(null)));
    // Read from the account when the follow-through opens, never from a variable a completion could write.
    CS_OWNER_USER_ID.set(execution, ACCOUNT_ID.find(execution).flatMap(accounts::findById)
        .map(Account::csOwnerEmail).flatMap(csOwners::userIdOf).orElse(null));
  }
}
