package com.sentimenttriage.followthrough;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Still open a period after its due time: the account's CS manager is told (they see all follow-throughs). */
@Component("escalateFollowThroughDelegate")
public class EscalateFollowThroughDelegate implements JavaDelegate {

  private final FollowThroughNotices notices;

  public EscalateFollowThroughDelegate(FollowThroughNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.escalateToManager(execution);
  }
}
