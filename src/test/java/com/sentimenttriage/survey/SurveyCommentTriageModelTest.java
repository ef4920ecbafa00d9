package com.sentimenttriage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the survey process is built only from the element templates. Every activity is a templated task whose
 * template (id and version) ships in .camunda/element-templates/, and no activity names a delegate that no template
 * binds. The element-template contract test checks each task's bindings against its template.
 */
class SurveyCommentTriageModelTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static BpmnModelInstance model;
  private static Map<String, JsonNode> templates;

  @BeforeAll
  static void read() throws Exception {
    model = Bpmn.readModelFromFile(new File(SurveyCommentTriageProcess.RESOURCE));
    templates = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of(".camunda/element-templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        JsonNode template = new ObjectMapper().readTree(file.toFile());
        templates.put(template.get("id").asText(), template);
      }
    }
  }

  @Test
  void everyActivityIsATemplatedTaskOfAShippedTemplate() {
    for (Activity activity : model.getModelElementsByType(Activity.class)) {
      String templateId = activity.getAttributeValueNs(CAMUNDA, "modelerTemplate");
      assertThat(templateId).as("%s is templated", activity.getId()).isNotNull();
      assertThat(templates).as("template %s of %s", templateId, activity.getId()).containsKey(templateId);
      assertThat(activity.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion")).as(activity.getId())
          .isEqualTo(templates.get(templateId).path("version").asText());
    }
  }

  @Test
  void theDecisionIsTheSurveysOwnTableNamedInTheModel() {
    BusinessRuleTask decide = model.getModelElementById(
        SurveyCommentTriageProcess.Elements.DECIDE_SURVEY_FOLLOW_UP);
    assertThat(decide.getCamundaDecisionRef()).isEqualTo(SurveyCommentTriageProcess.GATE_DECISION_KEY);
    assertThat(decide.getCamundaDelegateExpression()).isNull();
  }

  @Test
  void theScoresAreMappedToThisProcesssNames() {
    Activity score = model.getModelElementById(SurveyCommentTriageProcess.Elements.SCORE_SURVEY_COMMENT);
    Map<String, String> mapped = score.getExtensionElements().getElementsQuery()
        .filterByType(CamundaInputOutput.class).singleResult().getCamundaOutputParameters().stream()
        .collect(Collectors.toMap(CamundaOutputParameter::getCamundaName, CamundaOutputParameter::getTextContent));
    Map<String, String> declared = SurveyCommentTriageProcess.Variables.SCORE_OUTPUTS.entrySet().stream()
        .collect(Collectors.toMap(e -> e.getValue().name(), e -> "${" + e.getKey() + "}"));
    assertThat(mapped).isEqualTo(declared);
  }
}
