package com.sentimenttriage.followthrough;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The task's due time came and it is still open: the CS owner gets a reminder. */
@Component("remindCsOwnerDelegate")
public class RemindCsOwnerDelegate implements JavaDelegate {

  private final FollowThroughNotices notices;

  public RemindCsOwnerDelegate(FollowThroughNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.remindOwner(execution);
  }
}
