package com.sentimenttriage.alerting.digest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends this week's digests; the number sent is visible on the instance in Cockpit. */
@Component("sendWeeklyDigestsDelegate")
public class SendWeeklyDigestsDelegate implements JavaDelegate {

  private final CsDigests digests;

  public SendWeeklyDigestsDelegate(CsDigests digests) {
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DigestVariables.DIGESTS_SENT.set(execution, digests.sendWeekly(execution.getProcessInstanceId()));
  }
}
