package com.sentimenttriage.alerting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The alert settings ({@code triage.alerts.*}), bound here where alerting lives rather than in the contract package. */
@Configuration
@EnableConfigurationProperties(AlertProperties.class)
public class AlertingConfiguration {
}
