package com.sentimenttriage.engine;

import com.sentimenttriage.engine.SimpleFeelEngineFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The three decision tables every ticket goes through (gate, queue routing, escalation route), evaluated on a
 * standalone DMN engine with Camunda's FEEL engine ({@code camunda}) and with the engine package's FEEL engine
 * factory ({@code tuned}), for a handful of tickets that take different rules. One operation is one ticket: the
 * three tables. What it leaves out (the process engine's command, history and database) is the same either way.
 *
 * <p>Run as the other JMH benchmarks (docs/performance.md), with {@code org.openjdk.jmh.Main DecisionTablesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionTablesBenchmark {

  @Param({"camunda", "tuned"})
  public String feel;

  private DmnDecision gate;
  private DmnDecision queueRouting;
  private DmnDecision escalationRoute;
  private DmnEngine engine;
  private List<Map<String, Object>> tickets;

  @Setup
  public void setUp() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (feel.equals("tuned")) {
      configuration.setFeelEngineFactory(new SimpleFeelEngineFactory(configuration::getFeelCustomFunctionProviders));
    }
    engine = configuration.buildEngine();
    gate = parse("escalation-gate");
    queueRouting = parse("queue-routing");
    escalationRoute = parse("escalation-route");
    tickets = List.of(
        ticket(false, 85, -0.8, "Urgent", "Critical", true, 4200.0, 20, 35, "enterprise", "red", true, 3,
            "Billing, Churn threat", "email", "billing", "ASSISTIVE"),
        ticket(false, 40, -0.2, "Negative", "Medium", false, 300.0, 200, 70, "pro", "yellow", false, 0,
            "Bug", "chat", "", "PASSIVE"),
        ticket(false, 5, 0.7, "Promoter", "None", false, 1200.0, 90, 90, "business", "green", false, 0,
            "Praise", "social", "vip", "AUTOMATED"),
        ticket(true, 70, -0.6, "Negative", "High", true, 0.0, 400, 40, "free", "unknown", true, 1,
            "Security", "email", "security, legal", "PROBATION"),
        unattached(60, -0.5, "Negative", "Medium", "Bug", "web", "PASSIVE"));
  }

  @Benchmark
  public void threeTablesPerTicket(Blackhole sink) {
    for (Map<String, Object> ticket : tickets) {
      DmnDecisionRuleResult decided = engine.evaluateDecisionTable(gate, ticket).getFirstResult();
      Object action = decided == null ? null : decided.getEntry("action");
      sink.consume(engine.evaluateDecisionTable(queueRouting, ticket).getSingleResult());
      Map<String, Object> route = new HashMap<>(ticket);
      route.put("escalationAction", action == null ? "LOG" : action);
      sink.consume(engine.evaluateDecisionTable(escalationRoute, route).getSingleResult());
    }
  }

  private DmnDecision parse(String key) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes", key + ".dmn"))) {
      return engine.parseDecision(key, in);
    }
  }

  /** A ticket of no known account: the account's inputs are null, which only the FEEL engine decides. */
  private static Map<String, Object> unattached(int frustration, double polarity, String label, String topicRisk,
      String topics, String channel, String rolloutStage) {
    Map<String, Object> variables = ticket(false, frustration, polarity, label, topicRisk, false, 0.0, 0, 0, null,
        null, false, 0, topics, channel, null, rolloutStage);
    for (String account : List.of("churnRisk", "mrr", "daysToRenewal", "healthScore", "trendDeclining",
        "frustratedTicketsLast30Days")) {
      variables.put(account, null);
    }
    return variables;
  }

  private static Map<String, Object> ticket(boolean cooldownActive, int frustration, double polarity, String label,
      String topicRisk, boolean churnRisk, double mrr, int daysToRenewal, int healthScore, String plan,
      String accountTrend, boolean trendDeclining, int recentFrustrated, String topics, String channel, String tags,
      String rolloutStage) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("cooldownActive", cooldownActive);
    variables.put("frustration", frustration);
    variables.put("polarity", polarity);
    variables.put("sentimentLabel", label);
    variables.put("highestTopicRisk", topicRisk);
    variables.put("churnRisk", churnRisk);
    variables.put("mrr", mrr);
    variables.put("daysToRenewal", daysToRenewal);
    variables.put("healthScore", healthScore);
    variables.put("plan", plan);
    variables.put("accountTrend", accountTrend);
    variables.put("trendDeclining", trendDeclining);
    variables.put("frustratedTicketsLast30Days", recentFrustrated);
    variables.put("topics", topics);
    variables.put("channel", channel);
    variables.put("tags", tags);
    variables.put("rolloutStage", rolloutStage);
    return variables;
  }
}
