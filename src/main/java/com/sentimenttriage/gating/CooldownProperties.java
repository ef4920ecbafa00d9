package com.sentimenttriage.gating;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert cooldown (configuration {@code triage.cooldown.*}).
 *
 * @param window how long after an alert another ticket for the same account and topic, or the same ticket
 *     thread, is attached to it instead of alerting again
 */
@ConfigurationProperties("triage.cooldown")
public record CooldownProperties(@DefaultValue("PT24H") Duration window) {
}
