package com.sentimenttriage.records;

import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Instant;

/**
 * A human's judgement of one escalation, kept as a labelled example for the feedback loop: what the scorer said,
 * what the person decided and, for a reclassification, the corrected label and topic. No ticket text.
 */
public record LabelledExample(
    String businessKey,
    String processInstanceId,
    String queue,
    Kind kind,
    ReviewDecision decision,
    String scoredLabel,
    String correctedLabel,
    String scoredTopics,
    String correctedTopic,
    String recommendedAction,
    String comment,
    Instant judgedAt) {

  /** A review happens before the alert (assistive), an audit after it (probation, automated). */
  public enum Kind { REVIEW, AUDIT }
}
