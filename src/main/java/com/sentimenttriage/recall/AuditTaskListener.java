package com.sentimenttriage.recall;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;

import com.sentimenttriage.triage.TaskTitle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names an audit task after its ticket when it is created, as the review tasks are named: "Audit a ticket that was
 * not escalated — Acme Corp: Invoice wrong again" rather than two hundred cards of the step's name alone. The BPMN
 * keeps the step's business name; the subject and account come from {@link LoadTicketForAuditDelegate}. Audited
 * tickets were not escalated, so there is no severity to show.
 */
@Component(RecallAuditProcess.Beans.AUDIT_TASK_LISTENER)
public class AuditTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setName(TaskTitle.of(task.getName(), ACCOUNT_NAME.find(task).orElse(""), SUBJECT.find(task).orElse(""),
        null));
  }
}
