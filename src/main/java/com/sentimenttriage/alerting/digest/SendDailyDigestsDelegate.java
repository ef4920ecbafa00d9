package com.sentimenttriage.alerting.digest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the last day's digests of moderate negatives. */
@Component("sendDailyDigestsDelegate")
public class SendDailyDigestsDelegate implements JavaDelegate {

  private final CsDigests digests;

  public SendDailyDigestsDelegate(CsDigests digests) {
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DigestVariables.DIGESTS_SENT.set(execution, digests.sendDaily(execution.getProcessInstanceId()));
  }
}
