package com.sentimenttriage.alerting.digest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The digest timers as the models read them: {@code ${digestSchedule.weeklyCron}} and friends. Timer start events
 * evaluate their expression when the model is deployed (and when each timer fires, if the engine's
 * {@code reevaluateTimeCycleWhenDue} is on), see docs/alerting.md.
 */
@Component("digestSchedule")
public class DigestSchedule {

  private final DigestProperties properties;

  @Autowired
  public DigestSchedule(DigestProperties properties) {
    this.properties = properties;
  }

  public DigestSchedule(String weeklyCron, boolean dailyEnabled, String dailyCron) {
    this(new DigestProperties(weeklyCron, dailyEnabled, dailyCron));
  }

  public String getWeeklyCron() {
    return properties.weeklyCron();
  }

  public String getDailyCron() {
    return properties.dailyCron();
  }

  public boolean isDailyEnabled() {
    return properties.dailyEnabled();
  }
}
