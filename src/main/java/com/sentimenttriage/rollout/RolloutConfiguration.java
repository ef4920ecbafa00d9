package com.sentimenttriage.rollout;

import com.sentimenttriage.review.BusinessHours;
import com.sentimenttriage.review.ReviewProperties;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
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

  /** How long another node's redeployment of a routing table may take to reach this one (RoutingTables). */
  @Bean
  public RoutingTables routingTables(@Value("${triage.rollout.routing-tables-refresh:PT10S}") Duration refresh) {
    return new RoutingTables(refresh);
  }

  @Bean
  public ProcessEnginePlugin routingTablesPlugin(RoutingTables tables) {
    return tables.plugin();
  }

  @Bean
  public BusinessHours businessHours(ReviewProperties properties) {
    return properties.businessHours().calendar();
  }
}
