package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** Guards the contract class against the model, the beans and the form, so a rename breaks a test, not a ticket. */
class ProcessContractTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    try (InputStream bpmn = resource(TicketTriageProcess.RESOURCE)) {
      model = Bpmn.readModelFromStream(bpmn);
    }
  }

  @Test
  void theFileIsNamedAfterTheProcessId() {
    assertThat((Object) model.getModelElementById(TicketTriageProcess.KEY)).isNotNull();
    assertThat(TicketTriageProcess.RESOURCE).isEqualTo("processes/" + TicketTriageProcess.KEY + ".bpmn");
  }

  @Test
  void everyDeclaredElementIdExistsInTheModel() throws Exception {
    for (String id : constants(TicketTriageProcess.Elements.class)) {
      assertThat((Object) model.getModelElementById(id)).as("element %s", id).isNotNull();
    }
  }

  @Test
  void everyElementIdInTheModelReadsLikeTheBusiness() {
    Collection<FlowElement> elements = model.getModelElementsByType(FlowElement.class);
    assertThat(elements).extracting(BaseElement::getId)
        .allMatch(id -> id.matches("(StartEvent|EndEvent|ServiceTask|BusinessRuleTask|UserTask|Gateway"
            + "|SequenceFlow|BoundaryEvent|IntermediateCatchEvent|SubProcess)_[A-Z][A-Za-z]+"), "typed business ids");
  }

  @Test
  void everyDelegateExpressionNamesADeclaredBeanThatExists() throws Exception {
    Set<String> referenced = new HashSet<>();
    // ${bean} in delegate expressions, ${bean.property} in retry cycles and timers.
    Matcher m = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+)?}").matcher(new String(
        resource(TicketTriageProcess.RESOURCE).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    Set<String> declared = Set.copyOf(constants(TicketTriageProcess.Beans.class));
    Set<String> variableNames = TriageVariables.ALL.stream().map(ProcessVariable::name).collect(Collectors.toSet());
    while (m.find()) {
      if (!variableNames.contains(m.group(1))) {
        referenced.add(m.group(1));
      }
    }
    assertThat(referenced).isEqualTo(declared);

    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> componentNames = new HashSet<>();
    for (var candidate : scanner.findCandidateComponents("com.sentimenttriage")) {
      Component component = Class.forName(candidate.getBeanClassName()).getAnnotation(Component.class);
      if (component != null) {
        componentNames.add(component.value());
      }
    }
    assertThat(componentNames).containsAll(declared);
  }

  @Test
  void theReviewFormIsReferencedAndItsKeysAreProcessVariables() throws Exception {
    UserTask review = model.getModelElementById(TicketTriageProcess.Elements.REVIEW_ESCALATION);
    assertThat(review.getCamundaFormRef()).isEqualTo(TicketTriageProcess.REVIEW_FORM_KEY);

    JsonNode form;
    try (InputStream json = resource(TicketTriageProcess.REVIEW_FORM_RESOURCE)) {
      form = new ObjectMapper().readTree(json);
    }
    assertThat(form.get("id").asText()).isEqualTo(TicketTriageProcess.REVIEW_FORM_KEY);
    List<String> keys = new ArrayList<>();
    form.get("components").forEach(c -> {
      if (c.has("key")) {
        keys.add(c.get("key").asText());
      }
    });
    Set<String> variableNames = TriageVariables.ALL.stream().map(ProcessVariable::name).collect(Collectors.toSet());
    assertThat(keys).isNotEmpty().allMatch(variableNames::contains, "declared in TriageVariables");
    assertThat(keys).contains(TriageVariables.REVIEW_DECISION.name(), TriageVariables.TICKET_TEXT.name());
  }

  private static List<String> constants(Class<?> holder) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  private static InputStream resource(String name) {
    InputStream in = ProcessContractTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }
}
