package com.sentimenttriage.engine;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.time.Duration;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine tuning, wired in as process engine plugins (the Camunda Spring Boot starter applies every
 * {@link ProcessEnginePlugin} bean): the FEEL engine factory of the DMN configuration, the history event handler,
 * and the routing tables' evaluation. Nothing else in the application refers to this package's classes, except
 * {@link RoutingTables}, injected as a bean (ArchitectureTest).
 */
@Configuration
public class EngineTuningConfiguration {

  /** Decision table cells in plain forms are evaluated in Java (see SimpleFeelEngineFactory). */
  @Bean
  public ProcessEnginePlugin simpleFeel() {
    return SimpleFeelEngineFactory.plugin();
  }

  /** Our element templates' input parameters are transient (see TemplateInputs). */
  @Bean
  public ProcessEnginePlugin templateInputs() {
    return TemplateInputs.plugin();
  }

  /** What the history leaves out, unless configured (see TriageHistory). */
  @Bean
  public ProcessEnginePlugin triageHistory(
      @Value("${triage.history.variable-updates:false}") boolean keepVariableUpdates,
      @Value("${triage.history.decisions:" + TicketTriageProcess.GATE_DECISION_KEY + "}") Set<String> decisionsKept,
      @Value("${triage.history.recorded-variables:false}") boolean keepRecordedVariables,
      @Value("${triage.history.gate-steps:false}") boolean keepGateSteps) {
    return TriageHistory.plugin(new TriageHistory.Settings(keepVariableUpdates, decisionsKept, keepRecordedVariables,
        keepGateSteps));
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
}
