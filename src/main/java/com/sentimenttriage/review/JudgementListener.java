package com.sentimenttriage.review;

/**
 * Told of each judgement once {@link Judgements} recorded it. The rollout implements it: review is upstream of
 * rollout, so it names no rollout class.
 */
@FunctionalInterface
public interface JudgementListener {

  /** A reviewer or auditor judged a ticket of {@code queue}; the labelled example is recorded. */
  void judged(String queue);
}
