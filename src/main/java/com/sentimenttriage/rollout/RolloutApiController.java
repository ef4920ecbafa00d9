package com.sentimenttriage.rollout;

import com.sentimenttriage.rollout.Rollout.QueueStatus;
import com.sentimenttriage.triage.Problems;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rollout over HTTP: every queue's stage and precision, the audit trail of stage changes, and a stage change for
 * process admins (Spring Security lets only them POST here). A change starts the "Change rollout stage" process as
 * the signed-in user, so it is applied, validated and audited exactly as a start from Tasklist.
 */
@RestController
@RequestMapping("/api/rollout")
public class RolloutApiController {

  /** The body of a stage change. */
  public record StageChangeRequest(String stage, String reason) {
  }

  /**
   * A queue in the overview, with the precision the rollout policy acts on: {@code correct} of the {@code judged}
   * latest judgements in the current stage; precision is null when nothing has been judged in it.
   */
  public record QueueView(String queue, RolloutStage stage, Instant since, Double precision, int judged,
      int correct) {
    static QueueView of(QueueStatus status) {
      return new QueueView(status.queue(), status.stage(), status.since(), status.precision().valueOrNull(),
          status.precision().judged(), status.precision().correct());
    }
  }

  private final Rollout rollout;
  private final RuntimeService runtimeService;
  private final ProcessEngine processEngine;

  public RolloutApiController(Rollout rollout, RuntimeService runtimeService, ProcessEngine processEngine) {
    this.rollout = rollout;
    this.runtimeService = runtimeService;
    this.processEngine = processEngine;
  }

  @GetMapping("/queues")
  public List<QueueView> queues() {
    return QueueRouting.queues(processEngine).stream().map(rollout::status).map(QueueView::of).toList();
  }

  @GetMapping("/queues/{queue}")
  public QueueView queue(@PathVariable String queue) {
    return QueueView.of(rollout.status(knownQueue(queue)));
  }

  @GetMapping("/history")
  public List<StageChange> history() {
    return rollout.history(null);
  }

  @GetMapping("/queues/{queue}/history")
  public List<StageChange> history(@PathVariable String queue) {
    return rollout.history(knownQueue(queue));
  }

  @PostMapping("/queues/{queue}/stage")
  public StageChange changeStage(@PathVariable String queue, @RequestBody StageChangeRequest request) {
    String known = knownQueue(queue);
    RolloutStage stage;
    try {
      stage = RolloutStage.parse(request.stage() == null ? null : request.stage().strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid stage change", e.getMessage());
    }
    if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 1000) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid stage change", "Give a reason of at most 1000 characters");
    }
    if (rollout.stageOf(known).stage() == stage) {
      throw Problems.of(HttpStatus.CONFLICT, "No change", "Queue " + known + " is already in stage " + stage);
    }
    Map<String, Object> variables = new HashMap<>();
    RolloutStageChangeProcess.QUEUE.putInto(variables, known);
    RolloutStageChangeProcess.NEW_STAGE.putInto(variables, stage.name());
    RolloutStageChangeProcess.REASON.putInto(variables, request.reason().strip());
    try {
      runtimeService.startProcessInstanceByKey(RolloutStageChangeProcess.KEY, variables);
    } catch (AuthorizationException e) {
      throw Problems.of(HttpStatus.FORBIDDEN, "Not allowed", "Only process admins may change a rollout stage");
    } catch (RuntimeException e) {
      throw Problems.of(HttpStatus.CONFLICT, "Stage not changed", firstLine(e.getMessage()));
    }
    return rollout.history(known).get(0);
  }

  private String knownQueue(String queue) {
    if (!QueueRouting.queues(processEngine).contains(queue)) {
      String shown = queue.length() > 50 ? queue.substring(0, 50) : queue;
      throw Problems.of(HttpStatus.NOT_FOUND, "Unknown queue",
          "No rollout queue '" + shown + "'; see GET /api/rollout/queues");
    }
    return queue;
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
