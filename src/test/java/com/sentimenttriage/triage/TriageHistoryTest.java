package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each setting on a real engine: what the history keeps with it on, and leaves out with it off. */
class TriageHistoryTest {

  private static final String TABLE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%1$s-definitions" name="%1$s"
                   xmlns:camunda="http://camunda.org/schema/1.0/dmn" namespace="http://sentiment-triage.example/test">
        <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="1">
          <decisionTable id="%1$s-table">
            <input id="%1$s-input"><inputExpression id="%1$s-expression" typeRef="integer">
              <text>frustration</text></inputExpression></input>
            <output id="%1$s-output" name="action" typeRef="string"/>
            <rule id="%1$s-rule"><inputEntry id="%1$s-entry"><text>&gt;= 70</text></inputEntry>
              <outputEntry id="%1$s-result"><text>"ALERT"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @ParameterizedTest(name = "variable updates {0}, decisions kept {1}")
  @CsvSource({"true, *", "false, gate", "false, *", "true, gate"})
  void theHistoryKeepsWhatIsConfigured(boolean keepUpdates, String decisionsKept) {
    String name = "history-" + keepUpdates + "-" + decisionsKept.replace("*", "all");
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setHistory("full");
    configuration.setProcessEngineName(name);
    configuration.setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(TriageHistory.plugin(keepUpdates, Set.of(decisionsKept)));
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment()
          .addModelInstance("wait.bpmn", Bpmn.createExecutableProcess("wait").camundaHistoryTimeToLive(1)
              .startEvent().userTask("task").endEvent().done())
          .addString("gate.dmn", TABLE.formatted("gate"))
          .addString("routing.dmn", TABLE.formatted("routing"))
          .deploy();
      String id = engine.getRuntimeService().startProcessInstanceByKey("wait",
          Variables.createVariables().putValue("frustration", 40)).getId();
      engine.getRuntimeService().setVariable(id, "frustration", 85);
      for (String decision : new String[] {"gate", "routing"}) {
        assertThat(engine.getDecisionService().evaluateDecisionByKey(decision)
            .variables(Variables.createVariables().putValue("frustration", 85)).evaluate()
            .getSingleEntry().toString()).isEqualTo("ALERT");
      }

      HistoricVariableInstance latest = engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(id).variableName("frustration").singleResult();
      assertThat(latest.getValue()).isEqualTo(85);
      assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(id).variableUpdates()
          .count()).isEqualTo(keepUpdates ? 2 : 0);
      assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("gate")
          .count()).isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("routing")
          .count()).isEqualTo(decisionsKept.equals("*") ? 1 : 0);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).count())
          .isEqualTo(2);
    } finally {
      engine.close();
    }
  }
}
