package com.sentimenttriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each setting on a real engine: what the history keeps with it on, and leaves out with it off. */
class TriageHistoryTest {

  /** A one-rule table named by its argument: frustration of 70 or more gives the action ALERT. */
  static final String TABLE = """
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

  @ParameterizedTest(name = "variable updates {0}, decisions kept {1}, recorded variables {2}, gate steps {3}")
  @CsvSource({"true, *, true, true", "false, gate, false, false", "false, *, true, false", "true, gate, false, true",
      "true, *, false, false", "true, *, true, false"})
  void theHistoryKeepsWhatIsConfigured(boolean keepUpdates, String decisionsKept, boolean keepRecorded,
      boolean keepGateSteps) {
    String name = "history-" + keepUpdates + "-" + decisionsKept.replace("*", "all") + "-" + keepRecorded + "-"
        + keepGateSteps;
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setHistory("full");
    configuration.setProcessEngineName(name);
    configuration.setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(TriageHistory.plugin(
        new TriageHistory.Settings(keepUpdates, Set.of(decisionsKept), keepRecorded, keepGateSteps)));
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment()
          .addModelInstance("triage.bpmn", waitingProcess(TicketTriageProcess.KEY))
          .addModelInstance("other.bpmn", waitingProcess("other"))
          .addString("gate.dmn", TABLE.formatted("gate"))
          .addString("routing.dmn", TABLE.formatted("routing"))
          .deploy();
      // frustration is on record elsewhere (scored_ticket, the gate's inputs); reviewComment is not.
      String triage = engine.getRuntimeService().startProcessInstanceByKey(TicketTriageProcess.KEY,
          Variables.createVariables().putValue("frustration", 40).putValue("reviewComment", "fine")).getId();
      String other = engine.getRuntimeService().startProcessInstanceByKey("other",
          Variables.createVariables().putValue("frustration", 40)).getId();
      engine.getRuntimeService().setVariable(triage, "frustration", 85);
      for (String decision : new String[] {"gate", "routing"}) {
        assertThat(engine.getDecisionService().evaluateDecisionByKey(decision)
            .variables(Variables.createVariables().putValue("frustration", 85)).evaluate()
            .getSingleEntry().toString()).isEqualTo("ALERT");
      }

      HistoryService history = engine.getHistoryService();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(triage).variableName("frustration")
          .list()).extracting(HistoricVariableInstance::getValue).isEqualTo(keepRecorded ? List.of(85) : List.of());
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(triage)
          .variableName("reviewComment").singleResult().getValue()).isEqualTo("fine");
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(other).variableName("frustration")
          .singleResult().getValue()).as("another process's variable of the same name").isEqualTo(40);
      assertThat(history.createHistoricDetailQuery().processInstanceId(triage).variableUpdates().count())
          .isEqualTo(keepUpdates ? (keepRecorded ? 3 : 1) : 0);
      assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("gate").count()).isEqualTo(1);
      assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("routing").count())
          .isEqualTo(decisionsKept.equals("*") ? 1 : 0);
      // The start event, the gate's claim step, the task; another process's step of the same id is kept.
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(triage).list())
          .extracting(HistoricActivityInstance::getActivityId).containsExactlyInAnyOrderElementsOf(keepGateSteps
              ? List.of("start", TicketTriageProcess.Elements.CLAIM_ALERT_COOLDOWN, "task") : List.of("start", "task"));
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(other).count()).isEqualTo(3);

      engine.getRuntimeService().deleteProcessInstance(triage, "done");
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(triage).count())
          .as("variables after the instance ended").isEqualTo(keepRecorded ? 2 : 1);
    } finally {
      engine.close();
    }
  }

  private static BpmnModelInstance waitingProcess(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent("start")
        .manualTask(TicketTriageProcess.Elements.CLAIM_ALERT_COOLDOWN).userTask("task").endEvent().done();
  }
}
