package com.sentimenttriage.followthrough;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(FollowThroughProperties.class)
class FollowThroughConfiguration {
}
