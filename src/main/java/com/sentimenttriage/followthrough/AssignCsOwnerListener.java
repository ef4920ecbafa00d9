package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_USER_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Makes the account's CS owner the task's candidate. The engine then grants that user, and only that user, READ and
 * TASK_WORK on the task (besides the CS managers, candidates by the model), so each owner's Tasklist shows their own
 * accounts' tasks. Without an owner in Tasklist the CS managers act on it alone.
 */
@Component("assignCsOwnerListener")
public class AssignCsOwnerListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    CS_OWNER_USER_ID.find(task).ifPresent(task::addCandidateUser);
  }
}
