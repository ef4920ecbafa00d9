package com.sentimenttriage.followthrough;

import com.sentimenttriage.review.ReviewProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(FollowThroughProperties.class)
class FollowThroughConfiguration {

  @Bean
  FollowThroughCalendar followThroughCalendar(FollowThroughProperties properties, ReviewProperties review) {
    return FollowThroughCalendar.of(properties, review.businessHours());
  }
}
