package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.REVIEW_DECISION;

import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Refuses to complete a review or an audit without one of the decisions the form offers. The steps after the task
 * run as jobs (async after), where an unknown decision would only fail, again and again, into an incident; refused
 * here, the completion is rolled back and the task stays open with the person who can answer it. The HTTP routes
 * refuse such a completion before it gets here (security.TaskCompletionGuard); this holds for every other caller of
 * the engine. No dependencies, so the model names the class and every engine, the process tests' included, runs it.
 */
public class CheckReviewDecisionListener implements TaskListener {

  private static final String DECISIONS = Arrays.stream(ReviewDecision.values()).map(ReviewDecision::value)
      .collect(Collectors.joining(", "));

  @Override
  public void notify(DelegateTask task) {
    try {
      ReviewDecision.of(REVIEW_DECISION.find(task).orElse(null));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadUserRequestException(REVIEW_DECISION.name() + " must be one of " + DECISIONS);
    }
  }
}
