package com.sentimenttriage.recall;

import static com.sentimenttriage.recall.RecallAuditProcess.Variables.AUDITED_TICKET;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.AUDIT_COMMENT;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.RECALL_AUDIT_ID;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.SHOULD_HAVE_ESCALATED;

import com.sentimenttriage.recall.RecallAuditProcess.AuditAnswer;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the auditor's answer. It counts toward the recall estimate and is a label the learned model trains on:
 * "yes" (missed) as a ticket that warranted escalation, "no" as one that did not.
 */
@Component(RecallAuditProcess.Beans.RECORD_AUDIT_ANSWER)
public class RecordAuditAnswerDelegate implements JavaDelegate {

  private final RecallAudits audits;
  private final Clock clock;

  public RecordAuditAnswerDelegate(RecallAudits audits, Clock clock) {
    this.audits = audits;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuditAnswer answer = AuditAnswer.of(SHOULD_HAVE_ESCALATED.get(execution));
    audits.answer(RECALL_AUDIT_ID.get(execution), AUDITED_TICKET.get(execution), answer == AuditAnswer.YES,
        AUDIT_COMMENT.find(execution).filter(c -> !c.isBlank()).map(String::strip).orElse(null), clock.instant());
  }
}
