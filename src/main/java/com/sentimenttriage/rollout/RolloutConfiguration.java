package com.sentimenttriage.rollout;

import com.sentimenttriage.review.BusinessHours;
import com.sentimenttriage.review.ReviewProperties;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({RolloutProperties.class, ReviewProperties.class})
public class RolloutConfiguration {

  @Bean
  public RolloutPolicy rolloutPolicy(RolloutProperties properties) {
    return new RolloutPolicy(properties);
  }

  @Bean
  public AuditSampler auditSampler() {
    return new AuditSampler(() -> ThreadLocalRandom.current().nextDouble());
  }

  @Bean
  public BusinessHours businessHours(ReviewProperties properties) {
    return properties.businessHours().calendar();
  }
}
