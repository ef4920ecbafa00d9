package com.sentimenttriage.alerting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The retry cycle of the alert and digest steps, from configuration. The models refer to it as
 * {@code ${alertRetryPolicy.cycle}} in {@code camunda:failedJobRetryTimeCycle}: the engine evaluates that
 * expression when a job fails, so a changed {@code triage.alerts.retry-cycle} applies without redeploying.
 */
@Component("alertRetryPolicy")
public class AlertRetryPolicy {

  private final String cycle;

  @Autowired
  public AlertRetryPolicy(AlertProperties properties) {
    this(properties.retryCycle());
  }

  public AlertRetryPolicy(String cycle) {
    this.cycle = cycle == null || cycle.isBlank() ? AlertProperties.DEFAULT_RETRY_CYCLE : cycle;
  }

  /** An ISO 8601 repeat such as {@code R5/PT1M}: five attempts, a minute apart. */
  public String getCycle() {
    return cycle;
  }
}
