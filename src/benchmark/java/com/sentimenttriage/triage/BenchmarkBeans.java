package com.sentimenttriage.triage;

import static com.sentimenttriage.triage.TriageVariables.AUDIT_SAMPLED;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ROUTE;
import static com.sentimenttriage.triage.TriageVariables.PRIORITY;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The beans the load benchmark adds to each node: the decision probe, and the delegates of the no-op model
 * (benchmark/ticket-triage-noop.bpmn). Deliberately not a {@code @Configuration}: benchmark classes share
 * target/test-classes with the tests, and the application's component scan must never pick these up there.
 * Spring processes the {@code @Bean} methods of a plain source class as well.
 */
public class BenchmarkBeans {

  @Bean
  DecisionProbe decisionProbe() {
    return new DecisionProbe();
  }

  /** {@code --count-sql}: counts the node's SQL statements (see SqlCounter). */
  @Bean
  static BeanPostProcessor sqlCounter() {
    return SqlCounter.postProcessor();
  }

  /**
   * {@code benchmark.left-out-plugins} (comma-separated bean names): those process engine plugins are replaced by
   * one that does nothing, to measure what a plugin saves (e.g. {@code --ab=benchmark.left-out-plugins=templateInputs}
   * with A and B swapped in reading: B is without it).
   */
  @Bean
  static BeanPostProcessor leftOutPlugins(Environment environment) {
    Set<String> leftOut = Set.of(environment.getProperty("benchmark.left-out-plugins", "").split(","));
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        return bean instanceof ProcessEnginePlugin && leftOut.contains(name) ? new AbstractProcessEnginePlugin() {
        } : bean;
      }
    };
  }

  /**
   * Every service task of the no-op model, and its review tasks' create listener: the engine's own work only. A
   * listener that is not a TaskListener failed the job that creates a review task, and the retries were counted in
   * the ceiling's CPU (found 2026-12-08).
   */
  @Bean
  NoOp noop() {
    return new NoOp();
  }

  static final class NoOp implements JavaDelegate, TaskListener {

    @Override
    public void execute(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateTask task) {
    }
  }

  /**
   * The routing task of the no-op model: sets only what the model's own expressions read (the gateways' route and
   * audit sample, the audit task's priority), as the real model left them for this ticket.
   */
  @Bean
  JavaDelegate replayedRoute() {
    return execution -> {
      DecisionProbe.Route route = DecisionProbe.routeOf(execution.getProcessBusinessKey());
      ESCALATION_ROUTE.set(execution, route.escalationRoute());
      AUDIT_SAMPLED.set(execution, route.auditSampled());
      PRIORITY.set(execution, 50);
    };
  }
}
