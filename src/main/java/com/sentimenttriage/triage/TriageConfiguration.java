package com.sentimenttriage.triage;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TriageConfiguration {

  /** One clock for every "now" the application computes, so tests can pin it. */
  @Bean
  public Clock clock() {
    return Clock.systemUTC();
  }
}
