package com.sentimenttriage.learning;

import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Process admins see every trained model version and can ask for a retraining now. */
@RestController
@RequestMapping("/api/feedback/models")
public class FeedbackModelController {

  private final FeedbackModels models;
  private final TopicModels topicModels;
  private final RuntimeService runtimeService;

  public FeedbackModelController(FeedbackModels models, TopicModels topicModels, RuntimeService runtimeService) {
    this.models = models;
    this.topicModels = topicModels;
    this.runtimeService = runtimeService;
  }

  @GetMapping
  public List<FeedbackModels.StoredModel> all() {
    return models.all();
  }

  /** Every topic model version and the figures its promotion was decided on. */
  @GetMapping("/topics")
  public List<FeedbackModels.StoredModel> topics() {
    return topicModels.all();
  }

  public record TrainingStarted(String processInstanceId) {
  }

  /** Starts the training process at "Training requested"; the training itself runs as a job right after. */
  @PostMapping("/retrain")
  public ResponseEntity<TrainingStarted> retrain() {
    ProcessInstance instance = runtimeService.startProcessInstanceByMessage(
        FeedbackModelTraining.TRAINING_REQUESTED_MESSAGE);
    return ResponseEntity.accepted().location(URI.create("/engine-rest/process-instance/" + instance.getId()))
        .body(new TrainingStarted(instance.getId()));
  }
}
