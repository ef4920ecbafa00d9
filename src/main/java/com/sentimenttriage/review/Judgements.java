package com.sentimenttriage.review;


import static com.sentimenttriage.triage.TriageVariables.RECLASSIFIED_LABEL;
import static com.sentimenttriage.triage.TriageVariables.RECLASSIFIED_TOPIC;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_COMMENT;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DECISION;
import static com.sentimenttriage.triage.TriageVariables.DEFAULT_ROLLOUT_QUEUE;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_QUEUE;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.records.LabelledExample;
import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Turns a reviewer's or auditor's decision into a labelled example and tells the {@link JudgementListener} (the
 * rollout, which weighs it toward the queue's precision and may graduate or demote the queue).
 */
@Component
public class Judgements {

  private final LabelledExamples examples;
  private final JudgementListener listener;
  private final Clock clock;

  public Judgements(LabelledExamples examples, JudgementListener listener, Clock clock) {
    this.examples = examples;
    this.listener = listener;
    this.clock = clock;
  }

  public void record(DelegateExecution execution, Kind kind) {
    ReviewDecision decision = ReviewDecision.of(REVIEW_DECISION.get(execution));
    String queue = ROLLOUT_QUEUE.find(execution).orElse(DEFAULT_ROLLOUT_QUEUE);
    boolean reclassified = decision == ReviewDecision.RECLASSIFY;
    examples.record(new LabelledExample(
        execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(),
        queue,
        kind,
        decision,
        SENTIMENT_LABEL.find(execution).orElse(null),
        reclassified ? nonBlank(RECLASSIFIED_LABEL.find(execution)) : null,
        TOPICS.find(execution).orElse(null),
        reclassified ? nonBlank(RECLASSIFIED_TOPIC.find(execution)) : null,
        nonBlank(RECOMMENDED_ACTION.find(execution)),
        nonBlank(REVIEW_COMMENT.find(execution)),
        clock.instant()));
    listener.judged(queue);
  }

  private static String nonBlank(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).orElse(null);
  }
}
