package com.sentimenttriage.monitoring;

import static com.sentimenttriage.monitoring.DriftMonitoringProcess.Variables.DRIFT_WEEK;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Refuses a drift check started for a week that does not start on a Monday, or for no date at all, while the start
 * is still the caller's: the check itself runs as a job, where the same mistake only failed three times over half an
 * hour into an incident. The start from Tasklist or the engine's REST API is refused with the reason (REST: 400);
 * nothing is started. The weekly timer names no week and passes. No dependencies, so the model names the class and
 * every engine, the process tests' included, runs it.
 */
public class CheckDriftWeekListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DRIFT_WEEK.find(execution).ifPresent(week -> {
      try {
        DriftCheck.weekStart(week);
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException(DRIFT_WEEK.name() + ": " + e.getMessage());
      }
    });
  }
}
