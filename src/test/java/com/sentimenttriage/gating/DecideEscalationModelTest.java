package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.junit.jupiter.api.Test;

/**
 * The escalation table is named in the model: "Decide escalation" evaluates it itself, placed from the "Decide
 * escalation" element template, and the Java around it belongs to the gate alone.
 */
class DecideEscalationModelTest {

  private static final Path TEMPLATE = Path.of(".camunda/element-templates/decide-escalation.json");
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private static BusinessRuleTask decideEscalation() {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(TicketTriageProcess.RESOURCE).toFile());
    return model.getModelElementById(TicketTriageProcess.Elements.DECIDE_ESCALATION);
  }

  @Test
  void decideEscalationEvaluatesTheLatestGateTableItselfRatherThanThroughJava() {
    BusinessRuleTask task = decideEscalation();

    assertThat(task.getCamundaDecisionRef()).isEqualTo(TicketTriageProcess.GATE_DECISION_KEY);
    assertThat(task.getAttributeValueNs(CAMUNDA, "decisionRefBinding")).isEqualTo("latest");
    assertThat(task.getCamundaDelegateExpression()).isNull();
    assertThat(task.getCamundaClass()).isNull();
  }

  @Test
  void decideEscalationIsPlacedFromItsTemplateWhichLetsTheUserNameTheirOwnTable() throws IOException {
    JsonNode template = new ObjectMapper().readTree(TEMPLATE.toFile());

    assertThat(decideEscalation().getAttributeValueNs(CAMUNDA, "modelerTemplate"))
        .isEqualTo(template.get("id").asText());
    assertThat(template.get("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:BusinessRuleTask");
    assertThat(template.get("properties").findValues("name")).extracting(JsonNode::asText)
        .contains("camunda:decisionRef", "camunda:resultVariable", "camunda:mapDecisionResult",
            "camunda:asyncBefore", "camunda:asyncAfter")
        .doesNotContain("camunda:delegateExpression", "camunda:class");
    JsonNode decisionRef = null;
    for (JsonNode property : template.get("properties")) {
      if ("camunda:decisionRef".equals(property.path("binding").path("name").asText())) {
        decisionRef = property;
      }
    }
    assertThat(decisionRef).isNotNull();
    assertThat(decisionRef.get("type").asText()).as("the user names their table").isEqualTo("String");
    assertThat(decisionRef.get("value").asText()).isEqualTo(TicketTriageProcess.GATE_DECISION_KEY);
  }

  /** The gate decides before anything is alerted: alerting may read the gate's outputs, never the reverse. */
  @Test
  void theGateDependsOnNothingInAlerting() throws IOException {
    assertThat(gateSourcesNaming("com.sentimenttriage.alerting")).isEmpty();
  }

  /**
   * The gate uses Camunda's public API only (issue 20): an internal class may change in any minor release, as
   * {@code createComment}'s task update did in 7.24.
   */
  @Test
  void theGateUsesNoCamundaInternals() throws IOException {
    assertThat(gateSourcesNaming("org.camunda.bpm.engine.impl")).isEmpty();
  }

  private static List<String> gateSourcesNaming(String packageName) throws IOException {
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/com/sentimenttriage/gating"))) {
      return sources.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> read(file).contains(packageName))
          .map(Path::toString).toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
