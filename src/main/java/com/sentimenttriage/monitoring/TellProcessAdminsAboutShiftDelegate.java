package com.sentimenttriage.monitoring;

import static com.sentimenttriage.monitoring.DriftMonitoringProcess.Variables.ADMINS_MAILED;
import static com.sentimenttriage.monitoring.DriftMonitoringProcess.Variables.DRIFT_WEEK;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the stored report of the checked week to the process admins. */
@Component(DriftMonitoringProcess.Beans.TELL_PROCESS_ADMINS)
public class TellProcessAdminsAboutShiftDelegate implements JavaDelegate {

  private final DriftResults results;
  private final DriftMailer mailer;

  public TellProcessAdminsAboutShiftDelegate(DriftResults results, DriftMailer mailer) {
    this.results = results;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate week = LocalDate.parse(DRIFT_WEEK.get(execution));
    DriftResult result = results.ofWeek(week)
        .orElseThrow(() -> new IllegalStateException("No drift check stored for the week of " + week));
    ADMINS_MAILED.set(execution, mailer.sendLargeShift(result));
  }
}
