package com.sentimenttriage.recall;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RecallAuditProperties.class)
public class RecallConfiguration {
}
