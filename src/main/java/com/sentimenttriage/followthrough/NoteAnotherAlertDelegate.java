package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ADDITIONAL_ALERTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Another alert for the account joined this follow-through (the message carried it in {@code additionalAlerts},
 * which the form shows): the newest line also becomes a comment on the open task.
 */
@Component("noteAnotherAlertDelegate")
public class NoteAnotherAlertDelegate implements JavaDelegate {

  private final FollowThroughs followThroughs;

  public NoteAnotherAlertDelegate(FollowThroughs followThroughs) {
    this.followThroughs = followThroughs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String alerts = ADDITIONAL_ALERTS.find(execution).orElse("");
    if (!alerts.isBlank()) {
      followThroughs.noteOnTask(execution.getProcessInstanceId(), alerts.lines().reduce((a, b) -> b).orElse(alerts));
    }
  }
}
