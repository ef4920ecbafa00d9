package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.rollout.QueueRouting;
import com.sentimenttriage.rollout.RolloutStage;
import com.sentimenttriage.accounts.LinkUnattachedTicketProcess;
import com.sentimenttriage.alerting.digest.DailyDigestProcess;
import com.sentimenttriage.alerting.digest.WeeklyDigestProcess;
import com.sentimenttriage.learning.FeedbackModelTraining;
import com.sentimenttriage.monitoring.DriftMonitoringProcess;
import com.sentimenttriage.recall.RecallAuditProcess;
import com.sentimenttriage.followthrough.CsFollowThroughProcess;
import com.sentimenttriage.rollout.RolloutStageChangeProcess;
import com.sentimenttriage.survey.SurveyCommentTriageProcess;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Guards every process in processes/ and every form in forms/ against its contract class, the beans and the
 * variables, so a rename breaks a test, not a ticket.
 */
class ProcessContractTest {

  /** What a process promises: its model, element ids, bean names and variables. */
  private record Contract(String resource, Class<?> elements, Class<?> beans, Set<String> variables) {
  }

  private static final Map<String, Contract> CONTRACTS = Map.ofEntries(Map.entry(
      TicketTriageProcess.KEY, new Contract(TicketTriageProcess.RESOURCE, TicketTriageProcess.Elements.class,
          TicketTriageProcess.Beans.class, names(TriageVariables.ALL))),
      Map.entry(RolloutStageChangeProcess.KEY, new Contract(RolloutStageChangeProcess.RESOURCE,
          RolloutStageChangeProcess.Elements.class, RolloutStageChangeProcess.Beans.class,
          names(RolloutStageChangeProcess.ALL))),
      Map.entry(LinkUnattachedTicketProcess.KEY, new Contract(LinkUnattachedTicketProcess.RESOURCE,
          LinkUnattachedTicketProcess.Elements.class, LinkUnattachedTicketProcess.Beans.class,
          names(LinkUnattachedTicketProcess.Variables.ALL))),
      Map.entry(WeeklyDigestProcess.KEY, new Contract(WeeklyDigestProcess.RESOURCE,
          WeeklyDigestProcess.Elements.class, WeeklyDigestProcess.Beans.class, Set.of())),
      Map.entry(DailyDigestProcess.KEY, new Contract(DailyDigestProcess.RESOURCE, DailyDigestProcess.Elements.class,
          DailyDigestProcess.Beans.class, Set.of())),
      Map.entry(FeedbackModelTraining.KEY, new Contract(FeedbackModelTraining.RESOURCE,
          FeedbackModelTraining.Elements.class, FeedbackModelTraining.Beans.class, Set.of())),
      // Feedback monitors (issue 8)
      Map.entry(DriftMonitoringProcess.KEY, new Contract(DriftMonitoringProcess.RESOURCE,
          DriftMonitoringProcess.Elements.class, DriftMonitoringProcess.Beans.class,
          names(DriftMonitoringProcess.Variables.ALL))),
      Map.entry(RecallAuditProcess.KEY, new Contract(RecallAuditProcess.RESOURCE,
          RecallAuditProcess.Elements.class, RecallAuditProcess.Beans.class,
          names(RecallAuditProcess.Variables.ALL))),
      Map.entry(CsFollowThroughProcess.KEY, new Contract(CsFollowThroughProcess.RESOURCE,
          CsFollowThroughProcess.Elements.class, CsFollowThroughProcess.Beans.class, names(TriageVariables.ALL))),
      // Issue 20: built only from the element templates
      Map.entry(SurveyCommentTriageProcess.KEY, new Contract(SurveyCommentTriageProcess.RESOURCE,
          SurveyCommentTriageProcess.Elements.class, SurveyCommentTriageProcess.Beans.class,
          union(names(SurveyCommentTriageProcess.Variables.ALL),
              SurveyCommentTriageProcess.Variables.SCORE_OUTPUTS.keySet()))));

  /** Literals an expression may use that are neither beans nor variables. */
  private static final Set<String> LITERALS = Set.of("true", "false");

  private static final Map<String, BpmnModelInstance> models = new HashMap<>();

  @BeforeAll
  static void readModels() throws Exception {
    for (Path file : files("processes", ".bpmn")) {
      models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
    }
  }

  /** A templated task's output mappings read the template's local outputs: names the expressions may use too. */
  private static Set<String> union(Set<String> variables, Set<String> localOutputs) {
    Set<String> names = new HashSet<>(variables);
    names.addAll(localOutputs);
    return names;
  }

  private static Set<String> names(List<ProcessVariable<?>> variables) {
    return variables.stream().map(ProcessVariable::name).collect(Collectors.toSet());
  }

  private static List<Path> files(String directory, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(directory))) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String processKey(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).iterator().next().getId();
  }

  @Test
  void everyProcessFileIsNamedAfterItsProcessIdAndHasAContract() {
    assertThat(models).hasSize(CONTRACTS.size());
    models.forEach((file, model) -> {
      String key = processKey(model);
      assertThat(file).isEqualTo(key + ".bpmn");
      assertThat(CONTRACTS).containsKey(key);
      assertThat(CONTRACTS.get(key).resource()).isEqualTo("processes/" + file);
    });
  }

  @Test
  void everyDeclaredElementIdExistsInItsModel() throws Exception {
    for (BpmnModelInstance model : models.values()) {
      for (String id : constants(CONTRACTS.get(processKey(model)).elements())) {
        assertThat((Object) model.getModelElementById(id)).as("element %s", id).isNotNull();
      }
    }
  }

  @Test
  void everyElementIdInTheModelsReadsLikeTheBusiness() {
    for (BpmnModelInstance model : models.values()) {
      Collection<FlowElement> elements = model.getModelElementsByType(FlowElement.class);
      assertThat(elements).extracting(BaseElement::getId)
          .allMatch(id -> id.matches("(StartEvent|EndEvent|ServiceTask|BusinessRuleTask|UserTask|Gateway"
              + "|SequenceFlow|BoundaryEvent|IntermediateCatchEvent|SubProcess)_[A-Z][A-Za-z]+"), "typed business ids");
    }
  }

  @Test
  void everyFlowElementHasADiagramShapeSoTheModelRenders() {
    for (BpmnModelInstance model : models.values()) {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      assertThat(model.getModelElementsByType(FlowElement.class)).extracting(BaseElement::getId)
          .allMatch(drawn::contains, "drawn");
    }
  }

  @Test
  void everyExpressionNamesADeclaredBeanOrVariableAndEveryBeanExists() throws Exception {
    Set<String> componentNames = new HashSet<>();
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (var candidate : scanner.findCandidateComponents("com.sentimenttriage")) {
      Component component = Class.forName(candidate.getBeanClassName()).getAnnotation(Component.class);
      if (component != null) {
        componentNames.add(component.value());
      }
    }
    for (Contract contract : CONTRACTS.values()) {
      Set<String> referenced = new HashSet<>();
      // ${bean} in delegate expressions, ${bean.property} in retry cycles and timers, ${bean.method(variable)} in
      // conditions.
      Matcher m = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+)?(?:\\(\\w*\\))?}")
          .matcher(Files.readString(Path.of(contract.resource())));
      while (m.find()) {
        if (!contract.variables().contains(m.group(1)) && !LITERALS.contains(m.group(1))) {
          referenced.add(m.group(1));
        }
      }
      Set<String> declared = Set.copyOf(constants(contract.beans()));
      assertThat(referenced).as(contract.resource()).isEqualTo(declared);
      assertThat(componentNames).containsAll(declared);
    }
  }

  @Test
  void everyFormIsUsedByAProcessAndItsKeysAreThatProcesssVariables() throws Exception {
    Map<String, String> processByForm = new HashMap<>();
    for (BpmnModelInstance model : models.values()) {
      String key = processKey(model);
      model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
          .filter(ref -> ref != null).forEach(ref -> processByForm.put(ref, key));
      model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(ref -> ref != null).forEach(ref -> processByForm.put(ref, key));
    }
    List<Path> forms = files("forms", ".form");
    assertThat(forms).hasSize(processByForm.size());
    for (Path file : forms) {
      JsonNode form = new ObjectMapper().readTree(file.toFile());
      String id = form.get("id").asText();
      assertThat(file.getFileName().toString()).isEqualTo(id + ".form");
      assertThat(processByForm).as("a process refers to form %s", id).containsKey(id);
      List<String> keys = form.findValues("key").stream().map(JsonNode::asText).toList();
      assertThat(keys).as(id).isNotEmpty()
          .allMatch(CONTRACTS.get(processByForm.get(id)).variables()::contains, "declared variables");
    }
  }

  @Test
  void theReviewFormsOfferTheDeclaredDecisions() throws Exception {
    BpmnModelInstance triage = models.get("ticket-triage.bpmn");
    UserTask review = triage.getModelElementById(TicketTriageProcess.Elements.REVIEW_ESCALATION);
    assertThat(review.getCamundaFormRef()).isEqualTo(TicketTriageProcess.REVIEW_FORM_KEY);
    UserTask audit = triage.getModelElementById(TicketTriageProcess.Elements.AUDIT_ESCALATION);
    assertThat(audit.getCamundaFormRef()).isEqualTo(TicketTriageProcess.AUDIT_FORM_KEY);
    List<String> decisions = Arrays.stream(TriageVariables.ReviewDecision.values())
        .map(TriageVariables.ReviewDecision::value).toList();
    for (String form : List.of(TicketTriageProcess.REVIEW_FORM_RESOURCE, TicketTriageProcess.AUDIT_FORM_RESOURCE)) {
      assertThat(options(form, TriageVariables.REVIEW_DECISION.name())).as(form).isEqualTo(decisions);
    }
    assertThat(options(TicketTriageProcess.REVIEW_FORM_RESOURCE, TriageVariables.RECOMMENDED_ACTION.name()))
        .as("recommended action is editable").isEmpty();
  }

  @Test
  void theRecallAuditFormOffersTheDeclaredAnswers() throws Exception {
    UserTask audit = models.get("recall-audit.bpmn")
        .getModelElementById(RecallAuditProcess.Elements.AUDIT_NOT_ESCALATED_TICKET);
    assertThat(audit.getCamundaFormRef()).isEqualTo(RecallAuditProcess.FORM_KEY);
    assertThat(options(RecallAuditProcess.FORM_RESOURCE, RecallAuditProcess.Variables.SHOULD_HAVE_ESCALATED.name()))
        .isEqualTo(Arrays.stream(RecallAuditProcess.AuditAnswer.values())
            .map(RecallAuditProcess.AuditAnswer::value).toList());
  }

  @Test
  void theStageChangeFormOffersExactlyTheRoutedQueuesAndTheStages() throws Exception {
    StartEvent start = models.get("change-rollout-stage.bpmn")
        .getModelElementById(RolloutStageChangeProcess.Elements.STAGE_CHANGE_REQUESTED);
    assertThat(start.getCamundaFormRef()).isEqualTo(RolloutStageChangeProcess.FORM_KEY);
    assertThat(start.getCamundaInitiator()).isEqualTo(RolloutStageChangeProcess.INITIATOR.name());
    try (InputStream dmn = Files.newInputStream(Path.of(TicketTriageProcess.QUEUE_ROUTING_RESOURCE))) {
      assertThat(options(RolloutStageChangeProcess.FORM_RESOURCE, RolloutStageChangeProcess.QUEUE.name()))
          .isEqualTo(QueueRouting.queues(Dmn.readModelFromStream(dmn)));
    }
    assertThat(options(RolloutStageChangeProcess.FORM_RESOURCE, RolloutStageChangeProcess.NEW_STAGE.name()))
        .isEqualTo(Arrays.stream(RolloutStage.values()).map(Enum::name).toList());
  }

  @Test
  void theTimersOfTheReviewAreNonInterrupting() {
    BpmnModelInstance model = models.get("ticket-triage.bpmn");
    for (String id : List.of(TicketTriageProcess.Elements.REVIEW_OVERDUE,
        TicketTriageProcess.Elements.REVIEW_LONG_OVERDUE)) {
      org.camunda.bpm.model.bpmn.instance.BoundaryEvent timer = model.getModelElementById(id);
      assertThat(timer.cancelActivity()).as(id).isFalse();
      assertThat(timer.getAttachedTo().getId()).isEqualTo(TicketTriageProcess.Elements.REVIEW_ESCALATION);
    }
    FlowNode review = model.getModelElementById(TicketTriageProcess.Elements.REVIEW_ESCALATION);
    assertThat(review.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "dueDate"))
        .isEqualTo("${" + TriageVariables.REVIEW_DUE.name() + "}");
    assertThat(review.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "priority"))
        .isEqualTo("${" + TriageVariables.PRIORITY.name() + "}");
  }

  /** The values a form's field offers (radio or select), empty for a free-text field. */
  private static List<String> options(String formResource, String key) throws IOException {
    JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of(formResource), StandardCharsets.UTF_8));
    for (JsonNode component : form.get("components")) {
      if (key.equals(component.path("key").asText())) {
        List<String> values = new ArrayList<>();
        component.path("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError(formResource + " has no field " + key);
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
}
