package com.sentimenttriage.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each templated task in processes/ is what its element template makes of it in the Modeler: the template's fixed
 * bindings with the same values, every required input mapped, every output carried out from the template's source,
 * no input the building block would not read; and a task that calls a template's building block is templated.
 * Covers every model and template in the repository, so the survey process and the gate's template are checked too.
 */
class ElementTemplateContractTest {

  private static final String CAMUNDA = BpmnModelConstants.CAMUNDA_NS;

  /** One templated task of one model, with the template it names. */
  record TemplatedTask(Path model, BaseElement task, JsonNode template) {
    @Override
    public String toString() {
      return model.getFileName() + "#" + task.getId();
    }
  }

  static Stream<TemplatedTask> templatedTasks() {
    List<TemplatedTask> tasks = new ArrayList<>();
    for (Path model : models()) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
      for (BaseElement element : instance.getModelElementsByType(BaseElement.class)) {
        String id = element.getAttributeValueNs(CAMUNDA, "modelerTemplate");
        if (id != null) {
          String version = element.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion");
          tasks.add(new TemplatedTask(model, element, template(id, version).orElseThrow(() -> new AssertionError(
              model + "#" + element.getId() + " names template " + id + " v" + version + ", which is not shipped"))));
        }
      }
    }
    return tasks.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templatedTasks")
  void aTemplatedTaskCarriesItsTemplatesBindings(TemplatedTask templated) {
    BaseElement task = templated.task();
    JsonNode template = templated.template();
    assertThat(appliesTo(template)).as("%s: the template applies to its type", templated)
        .contains("bpmn:" + capitalized(task.getElementType().getTypeName()));
    Map<String, String> inputs = inputs(task);
    Map<String, String> outputSources = new LinkedHashMap<>();
    outputs(task).forEach((name, source) -> outputSources.put(source, name));

    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      switch (binding.path("type").asText()) {
        // What the template fixes (hidden values, async flags); an editable String or Dropdown, such as the
        // decision a business-rule task names, is the caller's choice (the survey process names its own table).
        case "property" -> {
          if (property.path("type").asText().equals("Hidden") || property.path("type").asText().equals("Boolean")) {
            assertThat(Optional.ofNullable(attribute(task, binding.path("name").asText()))
                .orElse(property.path("type").asText().equals("Boolean") ? "false" : null))
                .as("%s: %s", templated, binding.path("name").asText())
                .isEqualTo(property.path("value").asText());
          }
        }
        case "camunda:inputParameter" -> {
          String name = binding.path("name").asText();
          if (property.path("type").asText().equals("Hidden")) {
            assertThat(inputs.get(name)).as("%s: fixed input %s", templated, name)
                .isEqualTo(property.path("value").asText());
          } else if (property.path("constraints").path("notEmpty").asBoolean()) {
            assertThat(inputs.get(name)).as("%s: required input %s is mapped", templated, name).isNotBlank();
          }
        }
        case "camunda:outputParameter" -> assertThat(outputSources)
            .as("%s: output %s is carried out", templated, binding.path("source").asText())
            .containsKey(binding.path("source").asText());
        default -> {
        }
      }
    }
    // A building block reads only the inputs its template names. A decision task has no such list: its inputs are
    // whatever the caller's own table reads (the triage model maps accountTrendDeclining to trendDeclining).
    if (!(task instanceof BusinessRuleTask)) {
      assertThat(inputs.keySet()).as("%s: inputs the building block reads", templated)
          .isSubsetOf(boundNames(template, "camunda:inputParameter"));
    }
    if ("true".equals(attribute(task, "camunda:asyncBefore"))) {
      assertThat(task.getExtensionElements() == null ? List.of()
          : task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list())
          .as("%s: a job of its own has the retry cycle its template describes", templated).hasSize(1);
    }
  }

  /** The contract only holds if the model uses it: a task that calls a template's delegate names the template. */
  @Test
  void everyTaskThatCallsATemplatesBuildingBlockIsTemplated() {
    Map<String, JsonNode> byDelegate = new LinkedHashMap<>();
    for (JsonNode template : ElementTemplates.all()) {
      for (JsonNode property : template.path("properties")) {
        if (property.path("binding").path("name").asText().equals("camunda:delegateExpression")) {
          byDelegate.put(property.path("value").asText(), template);
        }
      }
    }
    List<String> untemplated = new ArrayList<>();
    for (Path model : models()) {
      for (ServiceTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(ServiceTask.class)) {
        JsonNode template = byDelegate.get(task.getCamundaDelegateExpression());
        if (template != null
            && !template.path("id").asText().equals(task.getAttributeValueNs(CAMUNDA, "modelerTemplate"))) {
          untemplated.add(model.getFileName() + "#" + task.getId() + " calls " + task.getCamundaDelegateExpression()
              + " without template " + template.path("id").asText());
        }
      }
    }
    assertThat(untemplated).isEmpty();
    assertThat(templatedTasks()).as("the triage model uses the templates")
        .extracting(t -> t.model().getFileName() + "#" + t.task().getId())
        .contains("ticket-triage.bpmn#ServiceTask_ScoreTicket", "ticket-triage.bpmn#ServiceTask_LookUpAccount",
            "ticket-triage.bpmn#ServiceTask_AlertCsOwner", "ticket-triage.bpmn#ServiceTask_WriteScoreBack",
            "ticket-triage.bpmn#ServiceTask_OpenCsFollowThrough");
  }

  private static List<Path> models() {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Optional<JsonNode> template(String id, String version) {
    return ElementTemplates.all().stream()
        .filter(t -> t.path("id").asText().equals(id))
        .filter(t -> version == null || t.path("version").asText().equals(version))
        .findFirst();
  }

  private static List<String> appliesTo(JsonNode template) {
    List<String> types = new ArrayList<>();
    template.path("appliesTo").forEach(t -> types.add(t.asText()));
    template.path("elementType").path("value").asText("").lines().forEach(types::add);
    return types;
  }

  /** "serviceTask" as the Modeler's types spell it: "ServiceTask". */
  private static String capitalized(String typeName) {
    return Character.toUpperCase(typeName.charAt(0)) + typeName.substring(1);
  }

  private static List<String> boundNames(JsonNode template, String bindingType) {
    return StreamSupport.stream(template.path("properties").spliterator(), false)
        .map(p -> p.path("binding"))
        .filter(b -> b.path("type").asText().equals(bindingType))
        .map(b -> b.path("name").asText())
        .toList();
  }

  /** {@code camunda:asyncBefore} and the like: the attribute in the Camunda namespace, else the BPMN one. */
  private static String attribute(BaseElement task, String name) {
    return name.startsWith("camunda:") ? task.getAttributeValueNs(CAMUNDA, name.substring("camunda:".length()))
        : task.getAttributeValue(name);
  }

  private static Map<String, String> inputs(BaseElement task) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputOutput(task).ifPresent(io -> io.getCamundaInputParameters().forEach(
        (CamundaInputParameter p) -> inputs.put(p.getCamundaName(), p.getTextContent().strip())));
    return inputs;
  }

  private static Map<String, String> outputs(BaseElement task) {
    Map<String, String> outputs = new LinkedHashMap<>();
    inputOutput(task).ifPresent(io -> io.getCamundaOutputParameters().forEach(
        (CamundaOutputParameter p) -> outputs.put(p.getCamundaName(), p.getTextContent().strip())));
    return outputs;
  }

  private static Optional<CamundaInputOutput> inputOutput(BaseElement task) {
    return task.getExtensionElements() == null ? Optional.empty()
        : task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
            .findFirst();
  }
}
