package com.sentimenttriage.gating;

import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.TrendProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({PriorityProperties.class, CooldownProperties.class, TrendProperties.class})
public class GatingConfiguration {

  @Bean
  public PriorityCalculator priorityCalculator(PriorityProperties properties) {
    return new PriorityCalculator(properties);
  }

  @Bean
  public EscalationGateService escalationGateService(AccountTrends trends, AlertCooldowns cooldowns,
      CooldownProperties cooldown, PriorityCalculator priorities, TrendProperties trendProperties,
      RecommendedActions recommendedActions) {
    return new EscalationGateService(trends, cooldowns, cooldown, priorities, trendProperties, recommendedActions);
  }
}
