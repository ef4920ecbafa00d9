package com.sentimenttriage.monitoring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DriftProperties.class)
public class MonitoringConfiguration {
}
