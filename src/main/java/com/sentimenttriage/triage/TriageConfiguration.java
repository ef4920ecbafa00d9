package com.sentimenttriage.triage;

import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.intake.PersonalDataMasker;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AlertProperties.class)
public class TriageConfiguration {

  /** One clock for every "now" the application computes, so tests can pin it. */
  @Bean
  public Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  public PersonalDataMasker personalDataMasker() {
    return new PersonalDataMasker();
  }
}
