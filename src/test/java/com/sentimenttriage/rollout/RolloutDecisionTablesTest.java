package com.sentimenttriage.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of queue-routing and escalation-route, with the standalone DMN engine. */
class RolloutDecisionTablesTest {

  private static DmnEngine dmn;
  private static DmnDecision routing;
  private static DmnDecision route;

  @BeforeAll
  static void parseTables() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    routing = parse(TicketTriageProcess.QUEUE_ROUTING_RESOURCE, TicketTriageProcess.QUEUE_ROUTING_DECISION_KEY);
    route = parse(TicketTriageProcess.ROUTE_RESOURCE, TicketTriageProcess.ROUTE_DECISION_KEY);
  }

  private static DmnDecision parse(String resource, String key) throws Exception {
    try (InputStream in = RolloutDecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return dmn.parseDecision(key, in);
    }
  }

  private static Object decide(DmnDecision decision, String output, Object... inputs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < inputs.length; i += 2) {
      variables.put((String) inputs[i], inputs[i + 1]);
    }
    return dmn.evaluateDecisionTable(decision, variables).getSingleResult().getEntry(output);
  }

  @ParameterizedTest(name = "topics [{0}], channel {1} -> {2}")
  @CsvSource(nullValues = "none", value = {
      "'Security or legal',                      email,   security",
      "'Billing, Data integrity',                email,   security",
      "'Churn threat, Security or legal',        social,  security",
      "'Churn threat, Core workflow failure',    email,   churn",
      "'Billing, Churn threat',                  email,   churn",
      "'Billing',                                twitter, billing",
      "'Core workflow failure',                  twitter, social",
      "'',                                       social,  social",
      "'Core workflow failure',                  email,   general",
      "'',                                       none,    general",
      "'General annoyance',                      chat,    general",
  })
  void routesATicketToTheFirstMatchingQueue(String topics, String channel, String queue) {
    assertThat(decide(routing, QueueRouting.QUEUE_OUTPUT, "topics", topics, "channel", channel, "tags", ""))
        .isEqualTo(queue);
  }

  @ParameterizedTest(name = "tags [{0}], topics [{1}] -> {2}")
  @CsvSource({
      "'vip, Legal',      'Core workflow failure', security",
      "'SECURITY',        '',                      security",
      "'billing',         'Churn threat',          billing",
      "'vip',             'Billing',               billing",
      "'vip, onboarding', '',                      general",
  })
  void helpdeskTagsRouteBeforeTopics(String tags, String topics, String queue) {
    assertThat(decide(routing, QueueRouting.QUEUE_OUTPUT, "topics", topics, "channel", "email", "tags", tags))
        .isEqualTo(queue);
  }

  @Test
  void theRoutingTableListsItsQueuesWithTheDefaultLast() throws Exception {
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream(TicketTriageProcess.QUEUE_ROUTING_RESOURCE)) {
      assertThat(QueueRouting.queues(Dmn.readModelFromStream(in)))
          .containsExactly("security", "churn", "billing", "social", QueueRouting.DEFAULT_QUEUE);
    }
  }

  @ParameterizedTest(name = "{0} in a {1} queue -> {2}")
  @CsvSource({
      "ALERT,  PASSIVE,   RECORD",
      "ALERT,  ASSISTIVE, REVIEW",
      "ALERT,  PROBATION, ALERT",
      "ALERT,  AUTOMATED, ALERT",
      "DIGEST, ASSISTIVE, RECORD",
      "DIGEST, AUTOMATED, RECORD",
      "LOG,    PROBATION, RECORD",
      "LOG,    PASSIVE,   RECORD",
  })
  void routesEveryActionInEveryStage(String action, RolloutStage stage, String expected) {
    assertThat(decide(route, EscalationRoutes.ROUTE_OUTPUT, "escalationAction", action, "rolloutStage",
        stage.name())).isEqualTo(expected);
  }
}
