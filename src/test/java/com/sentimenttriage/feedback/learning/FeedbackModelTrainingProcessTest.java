package com.sentimenttriage.feedback.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
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

/** The training process: a nightly timer and an on-demand start, both through one training job. */
@Deployment(resources = FeedbackModelTraining.RESOURCE)
class FeedbackModelTrainingProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private final ModelTraining training = mock(ModelTraining.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register(FeedbackModelTraining.Beans.TRAIN_FEEDBACK_MODEL, new TrainFeedbackModelDelegate(training));
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
  void aRequestedTrainingStoresItsFiguresOnTheInstance() {
    when(training.retrain()).thenReturn(new ModelTraining.Result(4, true, 0.9, 0.6, 87, "beats the rules"));

    ProcessInstance instance = runtimeService()
        .startProcessInstanceByMessage(FeedbackModelTraining.TRAINING_REQUESTED_MESSAGE);
    assertThat(instance).isWaitingAt(FeedbackModelTraining.Elements.TRAIN_FEEDBACK_MODEL);
    execute(job());

    assertThat(instance).isEnded().hasPassed(FeedbackModelTraining.Elements.MODEL_TRAINED)
        .variables().containsEntry("modelVersion", 4).containsEntry("modelPromoted", true);
  }

  @Test
  void theTimerLeadsToTheSameTraining() {
    when(training.retrain()).thenReturn(new ModelTraining.Result(5, false, 0.5, 0.6, 87, "not better"));
    Job timer = managementService().createJobQuery().timers().singleResult();
    managementService().executeJob(timer.getId());

    ProcessInstance instance = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(FeedbackModelTraining.KEY).singleResult();
    assertThat(instance).isWaitingAt(FeedbackModelTraining.Elements.TRAIN_FEEDBACK_MODEL);
    execute(job());
    assertThat(instance).isEnded().variables().containsEntry("modelPromoted", false);
  }

  @Test
  void everyDeclaredElementIdExistsInTheModel() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromStream(
        getClass().getClassLoader().getResourceAsStream(FeedbackModelTraining.RESOURCE));
    assertThat((Object) model.getModelElementById(FeedbackModelTraining.KEY)).isNotNull();
    for (Field field : FeedbackModelTraining.Elements.class.getFields()) {
      assertThat((Object) model.getModelElementById((String) field.get(null))).as(field.getName()).isNotNull();
    }
  }
}
