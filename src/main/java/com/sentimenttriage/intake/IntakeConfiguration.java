package com.sentimenttriage.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class IntakeConfiguration {

  /** Masks personal data in ticket text before anything stores it. */
  @Bean
  public PersonalDataMasker personalDataMasker() {
    return new PersonalDataMasker();
  }
}
