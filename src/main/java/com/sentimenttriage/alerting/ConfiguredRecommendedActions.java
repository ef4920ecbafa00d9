package com.sentimenttriage.alerting;

import com.sentimenttriage.gating.RecommendedActions;
import org.springframework.stereotype.Component;

/**
 * The gate's fallback recommended action per severity, from {@code triage.alerts.recommended-action}: the wording
 * is the alerts' configuration, the gate only asks for it (alerting depends on gating, not the other way round).
 */
@Component
public class ConfiguredRecommendedActions implements RecommendedActions {

  private final AlertProperties properties;

  public ConfiguredRecommendedActions(AlertProperties properties) {
    this.properties = properties;
  }

  @Override
  public String forSeverity(String severity) {
    return properties.recommendedActionFor(severity);
  }
}
