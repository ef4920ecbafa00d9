package com.sentimenttriage.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sentimenttriage.learning.FeedbackModelTraining.Elements;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The training process: a nightly timer and an on-demand start, each training both models in a task of its own, so
 * one model's failure is an incident on its own task and retries that training alone.
 */
@Deployment(resources = FeedbackModelTraining.RESOURCE)
class FeedbackModelTrainingProcessTest {

  /** R3 in the model's retry cycle: the third failure of a training job leaves an incident. */
  private static final int ATTEMPTS = 3;

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private final ModelTraining escalationTraining = mock(ModelTraining.class);
  private final TopicTraining topicTraining = mock(TopicTraining.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register(FeedbackModelTraining.Beans.TRAIN_ESCALATION_CORRECTION_MODEL,
        new TrainEscalationCorrectionModelDelegate(escalationTraining));
    Mocks.register(FeedbackModelTraining.Beans.TRAIN_TOPIC_MODEL, new TrainTopicModelDelegate(topicTraining));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void aNightlyTimerIsScheduledOnDeployment() {
    Job timer = managementService().createJobQuery().timers().singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).isInTheFuture();
  }

  @Test
  void aRequestedTrainingTrainsEachModelInItsOwnTaskAndKeepsBothFiguresOnTheInstance() {
    when(escalationTraining.retrain()).thenReturn(new ModelTraining.Result(4, true, 0.9, 0.6, 87, "beats the rules"));
    when(topicTraining.retrain()).thenReturn(new ModelTraining.Result(2, false, 0.5, 0.7, 42, "not better"));

    ProcessInstance instance = runtimeService()
        .startProcessInstanceByMessage(FeedbackModelTraining.TRAINING_REQUESTED_MESSAGE);
    assertThat(instance).isWaitingAt(Elements.TRAIN_ESCALATION_CORRECTION_MODEL, Elements.TRAIN_TOPIC_MODEL);
    executeTraining(Elements.TRAIN_ESCALATION_CORRECTION_MODEL);
    executeTraining(Elements.TRAIN_TOPIC_MODEL);

    assertThat(instance).isEnded()
        .hasPassed(Elements.TRAIN_ESCALATION_CORRECTION_MODEL, Elements.TRAIN_TOPIC_MODEL, Elements.MODELS_TRAINED)
        .variables().containsEntry("modelVersion", 4).containsEntry("modelPromoted", true)
        .containsEntry("topicModelVersion", 2).containsEntry("topicModelPromoted", false)
        .containsEntry("topicPromotionReason", "not better");
  }

  @Test
  void theTimerLeadsToTheSameTrainings() {
    when(escalationTraining.retrain()).thenReturn(new ModelTraining.Result(5, false, 0.5, 0.6, 87, "not better"));
    when(topicTraining.retrain()).thenReturn(new ModelTraining.Result(3, true, 0.8, 0.7, 42, "beats the rules"));
    Job timer = managementService().createJobQuery().timers().singleResult();
    managementService().executeJob(timer.getId());

    ProcessInstance instance = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(FeedbackModelTraining.KEY).singleResult();
    assertThat(instance).isWaitingAt(Elements.TRAIN_ESCALATION_CORRECTION_MODEL, Elements.TRAIN_TOPIC_MODEL);
    executeTraining(Elements.TRAIN_TOPIC_MODEL);
    executeTraining(Elements.TRAIN_ESCALATION_CORRECTION_MODEL);
    assertThat(instance).isEnded().variables().containsEntry("modelPromoted", false)
        .containsEntry("topicModelPromoted", true);
  }

  @Test
  void aFailingTopicTrainingIsAnIncidentOnItsOwnTaskAndDoesNotRetrainTheEscalationModel() {
    when(escalationTraining.retrain()).thenReturn(new ModelTraining.Result(6, true, 0.9, 0.6, 87, "beats the rules"));
    when(topicTraining.retrain()).thenThrow(new IllegalStateException("topic table unreadable"));
    ProcessInstance instance = runtimeService()
        .startProcessInstanceByMessage(FeedbackModelTraining.TRAINING_REQUESTED_MESSAGE);

    executeTraining(Elements.TRAIN_ESCALATION_CORRECTION_MODEL);
    failUntilIncident(Elements.TRAIN_TOPIC_MODEL);

    assertThat(incidentAt(Elements.TRAIN_TOPIC_MODEL).getIncidentMessage()).contains("topic table unreadable");
    assertThat(instance).isWaitingAt(Elements.TRAIN_TOPIC_MODEL).variables().containsEntry("modelVersion", 6);
    verify(escalationTraining, times(1)).retrain();
    verify(topicTraining, times(ATTEMPTS)).retrain();
  }

  @Test
  void aFailingEscalationTrainingStillLetsTheTopicModelBeTrained() {
    when(escalationTraining.retrain()).thenThrow(new IllegalStateException("feedback_model locked"));
    when(topicTraining.retrain()).thenReturn(new ModelTraining.Result(7, true, 0.8, 0.7, 42, "beats the rules"));
    ProcessInstance instance = runtimeService()
        .startProcessInstanceByMessage(FeedbackModelTraining.TRAINING_REQUESTED_MESSAGE);

    failUntilIncident(Elements.TRAIN_ESCALATION_CORRECTION_MODEL);
    executeTraining(Elements.TRAIN_TOPIC_MODEL);

    assertThat(incidentAt(Elements.TRAIN_ESCALATION_CORRECTION_MODEL)).isNotNull();
    assertThat(instance).isWaitingAt(Elements.TRAIN_ESCALATION_CORRECTION_MODEL).hasPassed(Elements.TRAIN_TOPIC_MODEL)
        .variables().containsEntry("topicModelVersion", 7).doesNotContainKey("modelVersion");
    verify(topicTraining, times(1)).retrain();
  }

  @Test
  void everyDeclaredElementIdExistsInTheModel() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromStream(
        getClass().getClassLoader().getResourceAsStream(FeedbackModelTraining.RESOURCE));
    assertThat((Object) model.getModelElementById(FeedbackModelTraining.KEY)).isNotNull();
    for (Field field : Elements.class.getFields()) {
      assertThat((Object) model.getModelElementById((String) field.get(null))).as(field.getName()).isNotNull();
    }
  }

  private static Job trainingJob(String task) {
    return managementService().createJobQuery().activityId(task).singleResult();
  }

  private static void executeTraining(String task) {
    managementService().executeJob(trainingJob(task).getId());
  }

  /** Runs the task's job as often as the retry cycle allows; every attempt fails. */
  private static void failUntilIncident(String task) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      assertThatThrownBy(() -> executeTraining(task)).as("attempt %d", attempt).isNotNull();
    }
    assertThat(trainingJob(task).getRetries()).isZero();
  }

  private static Incident incidentAt(String task) {
    return runtimeService().createIncidentQuery().activityId(task).singleResult();
  }
}
