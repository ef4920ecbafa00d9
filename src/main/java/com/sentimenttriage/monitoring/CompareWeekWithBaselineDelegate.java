package com.sentimenttriage.monitoring;

import static com.sentimenttriage.monitoring.DriftMonitoringProcess.Variables.DRIFT_VERDICT;
import static com.sentimenttriage.monitoring.DriftMonitoringProcess.Variables.DRIFT_WEEK;
import static com.sentimenttriage.monitoring.DriftMonitoringProcess.Variables.POLARITY_PSI;
import static com.sentimenttriage.monitoring.DriftMonitoringProcess.Variables.TOPIC_PSI;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the week (the last complete one unless the instance names another) and keeps the verdict on the instance. */
@Component(DriftMonitoringProcess.Beans.COMPARE_WEEK_WITH_BASELINE)
public class CompareWeekWithBaselineDelegate implements JavaDelegate {

  private final DriftCheck driftCheck;

  public CompareWeekWithBaselineDelegate(DriftCheck driftCheck) {
    this.driftCheck = driftCheck;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate week = DRIFT_WEEK.find(execution).map(DriftCheck::weekStart).orElseGet(driftCheck::lastCompleteWeek);
    DriftResult result = driftCheck.check(week);
    DRIFT_WEEK.set(execution, week.toString());
    DRIFT_VERDICT.set(execution, result.verdict().name());
    POLARITY_PSI.set(execution, result.polarityPsi());
    TOPIC_PSI.set(execution, result.topicPsi());
  }
}
