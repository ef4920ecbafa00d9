package com.sentimenttriage.triage;

import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.intake.PersonalDataMasker;
import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
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

  /** Decision tables parse each FEEL cell once, not on every evaluation (see ParsedFeelCache). */
  @Bean
  public ProcessEnginePlugin parsedFeelCache() {
    return ParsedFeelCache.plugin();
  }

  /** What the history leaves out, unless configured (see TriageHistory). */
  @Bean
  public ProcessEnginePlugin triageHistory(
      @Value("${triage.history.variable-updates:false}") boolean keepVariableUpdates,
      @Value("${triage.history.decisions:" + TicketTriageProcess.GATE_DECISION_KEY + "}") Set<String> decisionsKept,
      @Value("${triage.history.recorded-variables:false}") boolean keepRecordedVariables) {
    return TriageHistory.plugin(new TriageHistory.Settings(keepVariableUpdates, decisionsKept, keepRecordedVariables));
  }

  @Bean
  public PersonalDataMasker personalDataMasker() {
    return new PersonalDataMasker();
  }
}
