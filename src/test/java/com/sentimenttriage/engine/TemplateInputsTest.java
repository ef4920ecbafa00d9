package com.sentimenttriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real engine with the plugin: a task built from one of our templates gets its inputs as transient local
 * variables (its delegate or decision reads them; nothing of them is stored or kept in history), any other task's
 * inputs stay Camunda's stored local variables.
 */
class TemplateInputsTest {

  /** What each task's delegate saw of its input: name → the typed value. */
  private final Map<String, TypedValue> seen = new HashMap<>();
  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:template-inputs;DB_CLOSE_DELAY=-1");
    configuration.setHistory("full");
    configuration.setProcessEngineName("template-inputs");
    configuration.setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(TemplateInputs.plugin());
    JavaDelegate probe = execution -> {
      execution.getVariableNamesLocal().forEach(name -> seen.put(name, execution.getVariableLocalTyped(name)));
      execution.setVariableLocal("result", Variables.stringValue("scored " + execution.getVariableLocal("text"),
          true));
    };
    configuration.setBeans(Map.of("probe", probe));
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void ourTemplatesInputsAreTransientAndOtherInputsAreStored() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("templated").camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("ours").camundaDelegateExpression("${probe}")
            .camundaInputParameter("text", "${ticketText}")
            .camundaOutputParameter("score", "${result}")
        .businessRuleTask("decide").camundaDecisionRef("gate")
            .camundaInputParameter("frustration", "${level}")
            .camundaOutputParameter("action", "${decisionResult.getSingleResult().action}")
        .serviceTask("theirs").camundaDelegateExpression("${probe}")
            .camundaInputParameter("subject", "${ticketText}")
        .userTask("wait")
        .endEvent()
        .done();
    template(model, "ours", "com.sentimenttriage.ScoreTicketSentiment");
    template(model, "decide", "com.sentimenttriage.DecideEscalation");
    template(model, "theirs", "com.example.SomeoneElsesTemplate");
    engine.getRepositoryService().createDeployment().addModelInstance("templated.bpmn", model)
        .addString("gate.dmn", TriageHistoryTest.TABLE.formatted("gate")).deploy();

    String instance = engine.getRuntimeService().startProcessInstanceByKey("templated",
        Variables.createVariables().putValue("ticketText", "still broken").putValue("level", 85)).getId();

    assertThat(seen.get("text").getValue()).isEqualTo("still broken");
    assertThat(seen.get("text").isTransient()).as("our template's input").isTrue();
    assertThat(seen.get("subject").isTransient()).as("another template's input").isFalse();
    assertThat(engine.getRuntimeService().getVariables(instance))
        .as("the outputs carried out; the decision read its transient input")
        .containsEntry("score", "scored still broken").containsEntry("action", "ALERT")
        .doesNotContainKeys("text", "frustration", "subject");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(HistoricVariableInstance::getName)
        .as("our templates' inputs leave no history; the other task's stored input does")
        .containsExactlyInAnyOrder("ticketText", "level", "score", "action", "subject");
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().includeInputs().singleResult()
        .getInputs()).extracting(input -> input.getValue()).isEqualTo(List.of(85));
  }

  private static void template(BpmnModelInstance model, String taskId, String template) {
    model.getModelElementById(taskId).setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate",
        template);
  }
}
