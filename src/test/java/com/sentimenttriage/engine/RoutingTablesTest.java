package com.sentimenttriage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routing lookups on real engines: the latest version answers, a deployment on this node takes effect at once,
 * one through another node of the cluster after the refresh, and no decision history is written.
 */
class RoutingTablesTest {

  private static final String TABLE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="route-definitions" name="route"
                   xmlns:camunda="http://camunda.org/schema/1.0/dmn" namespace="http://sentiment-triage.example/test">
        <decision id="route" name="route" camunda:historyTimeToLive="1">
          <decisionTable id="route-table">
            <input id="route-input"><inputExpression id="route-expression" typeRef="string">
              <text>escalationAction</text></inputExpression></input>
            <output id="route-output" name="route" typeRef="string"/>
            <rule id="route-rule"><inputEntry id="route-entry"><text>"ALERT"</text></inputEntry>
              <outputEntry id="route-result"><text>"%s"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  private ProcessEngine thisNode;
  private ProcessEngine otherNode;
  private final RoutingTables tables = new RoutingTables(Duration.ofHours(1));

  @BeforeEach
  void startTwoNodesOnOneDatabase() {
    thisNode = engine("routing-this-node", true);
    otherNode = engine("routing-other-node", false);
  }

  @AfterEach
  void stop() {
    otherNode.close();
    thisNode.close();
  }

  private ProcessEngine engine(String name, boolean withPlugin) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:routing-tables;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(withPlugin ? "create-drop" : "false");
    configuration.setHistory("full");
    configuration.setProcessEngineName(name);
    configuration.setJobExecutorActivate(false);
    if (withPlugin) {
      configuration.getProcessEnginePlugins().add(tables.plugin());
    }
    return configuration.buildProcessEngine();
  }

  private static void deploy(ProcessEngine engine, String route) {
    engine.getRepositoryService().createDeployment().addString("route.dmn", TABLE.formatted(route)).deploy();
  }

  private String route(RoutingTables routing) {
    return routing.evaluate(thisNode, "route", Map.of("escalationAction", "ALERT")).getSingleResult()
        .getEntry("route");
  }

  @Test
  void theLatestVersionAnswersAndADeploymentOnThisNodeTakesEffectAtOnce() {
    deploy(thisNode, "REVIEW");
    assertThat(route(tables)).isEqualTo("REVIEW");

    deploy(thisNode, "ALERT");
    assertThat(route(tables)).isEqualTo("ALERT");
  }

  @Test
  void aDeploymentThroughAnotherNodeTakesEffectAfterTheRefresh() {
    deploy(thisNode, "REVIEW");
    RoutingTables checkedEveryTime = new RoutingTables(Duration.ZERO);
    assertThat(route(checkedEveryTime)).isEqualTo("REVIEW");
    assertThat(route(tables)).isEqualTo("REVIEW");
    // Its own parse counts as one on this node, so it checks once more; from then on it trusts its copy.
    assertThat(route(tables)).isEqualTo("REVIEW");

    deploy(otherNode, "RECORD");
    assertThat(route(tables)).as("within the refresh of an hour").isEqualTo("REVIEW");
    assertThat(route(checkedEveryTime)).isEqualTo("RECORD");
  }

  @Test
  void noDecisionHistoryIsWritten() {
    deploy(thisNode, "REVIEW");
    route(tables);
    assertThat(thisNode.getDecisionService().evaluateDecisionByKey("route")
        .variables(Map.of("escalationAction", "ALERT")).evaluate().getSingleEntry().toString()).isEqualTo("REVIEW");

    assertThat(thisNode.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .as("only the decision service's evaluation").isEqualTo(1);
  }

  @Test
  void aTableThatIsNotDeployedIsAnError() {
    assertThatThrownBy(() -> route(tables)).hasMessageContaining("'route' is not deployed");
  }
}
