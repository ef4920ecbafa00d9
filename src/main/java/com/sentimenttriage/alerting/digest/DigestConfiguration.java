package com.sentimenttriage.alerting.digest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DigestProperties.class)
public class DigestConfiguration {
}
