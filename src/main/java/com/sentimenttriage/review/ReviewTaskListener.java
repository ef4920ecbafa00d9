package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ATTACHED_TICKETS;
import static com.sentimenttriage.triage.TriageVariables.CONVERSATION;
import static com.sentimenttriage.triage.TriageVariables.CONVERSATION_THREAD;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;

import com.sentimenttriage.gating.AlertCooldowns;
import com.sentimenttriage.gating.AttachedTicketLines;
import com.sentimenttriage.intake.Conversation;
import com.sentimenttriage.triage.TaskTitle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Readies a review or audit task for Tasklist when it is created: its name says what it is about ("Review
 * escalation — Acme Corp: Export broken again (Critical)"; the BPMN keeps the step's business name), and the form's
 * {@code conversationThread} and {@code attachedTickets} are filled in. Later replies and attachments update them
 * where they happen (intake.RescoreTicketDelegate, gating.ClaimAlertCooldownDelegate): the alert's cooldown is told
 * that a task is open, so a ticket attached later is noted in it, and one attached to an alert that was never
 * reviewed costs no task lookup.
 */
@Component("reviewTaskListener")
public class ReviewTaskListener implements TaskListener {

  private final AttachedTicketLines attachedTickets;
  private final AlertCooldowns cooldowns;

  public ReviewTaskListener(AttachedTicketLines attachedTickets, AlertCooldowns cooldowns) {
    this.attachedTickets = attachedTickets;
    this.cooldowns = cooldowns;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setName(TaskTitle.of(task.getName(), ACCOUNT_NAME.find(task).orElse(""), SUBJECT.find(task).orElse(""),
        SEVERITY.find(task).orElse(null)));
    CONVERSATION_THREAD.set(task, Conversation.asLines(Conversation.decode(CONVERSATION.find(task).orElse(null))));
    // Marked before the lines are read: a ticket attached from here on sees the mark, one attached before is listed.
    cooldowns.reviewTaskOpened(task.getProcessInstanceId());
    ATTACHED_TICKETS.set(task, attachedTickets.describe(task.getProcessInstanceId()));
  }
}
