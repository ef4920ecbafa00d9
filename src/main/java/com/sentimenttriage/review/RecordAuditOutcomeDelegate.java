package com.sentimenttriage.review;

import com.sentimenttriage.records.LabelledExample;
import com.sentimenttriage.records.LabelledExample.Kind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records an auditor's verdict on an alert that already went out: the measure of a trusted queue's precision. */
@Component("recordAuditOutcomeDelegate")
public class RecordAuditOutcomeDelegate implements JavaDelegate {

  private final Judgements judgements;

  public RecordAuditOutcomeDelegate(Judgements judgements) {
    this.judgements = judgements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    judgements.record(execution, Kind.AUDIT);
  }
}
