package com.sentimenttriage.recall;

import static com.sentimenttriage.recall.RecallAuditProcess.Variables.RECALL_AUDIT_ID;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.RECALL_ESTIMATE;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the audit once every sampled ticket is answered and keeps the month's recall estimate on the instance. */
@Component(RecallAuditProcess.Beans.ESTIMATE_RECALL)
public class EstimateRecallDelegate implements JavaDelegate {

  private final RecallAudits audits;
  private final RecallMetrics metrics;
  private final Clock clock;

  public EstimateRecallDelegate(RecallAudits audits, RecallMetrics metrics, Clock clock) {
    this.audits = audits;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long auditId = RECALL_AUDIT_ID.get(execution);
    audits.complete(auditId, clock.instant());
    RecallAudits.AuditSummary audit = audits.summary(auditId)
        .orElseThrow(() -> new IllegalStateException("Recall audit " + auditId + " is not stored"));
    RECALL_ESTIMATE.set(execution, metrics.estimate(audit).recall());
  }
}
