package com.sentimenttriage.feedback.monitoring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DriftProperties.class)
public class MonitoringConfiguration {
}
