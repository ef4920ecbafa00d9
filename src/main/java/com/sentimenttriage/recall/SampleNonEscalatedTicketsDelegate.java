package com.sentimenttriage.recall;

import static com.sentimenttriage.recall.RecallAuditProcess.Variables.AUDIT_MONTH;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.NON_ESCALATED_TICKETS;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.RECALL_AUDIT_ID;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.SAMPLED_TICKETS;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.SAMPLE_SIZE;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.TICKETS_SAMPLED;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Draws the month's sample of tickets that were not escalated and records it as a new audit. The draw is random
 * (not reproducible) on purpose: nobody can predict which tickets will be audited.
 */
@Component(RecallAuditProcess.Beans.SAMPLE_NON_ESCALATED_TICKETS)
public class SampleNonEscalatedTicketsDelegate implements JavaDelegate {

  private final RecallAudits audits;
  private final RecallAuditProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public SampleNonEscalatedTicketsDelegate(RecallAudits audits, RecallAuditProperties properties, Clock clock) {
    this.audits = audits;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = AUDIT_MONTH.find(execution).map(YearMonth::parse)
        .orElseGet(() -> YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1));
    List<String> population = audits.notEscalated(month);
    List<String> sample = RecallSample.of(population, SAMPLE_SIZE.find(execution).orElse(properties.sampleSize()),
        random);
    long auditId = audits.start(execution.getProcessInstanceId(), month, clock.instant(), population.size(), sample);
    AUDIT_MONTH.set(execution, month.toString());
    RECALL_AUDIT_ID.set(execution, auditId);
    NON_ESCALATED_TICKETS.set(execution, population.size());
    SAMPLED_TICKETS.set(execution, new ArrayList<>(sample));
    TICKETS_SAMPLED.set(execution, sample.size());
  }
}
