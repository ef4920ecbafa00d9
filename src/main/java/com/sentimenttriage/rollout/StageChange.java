package com.sentimenttriage.rollout;

import java.time.Instant;

/** One line of the rollout audit trail. {@code precision} is null when nothing had been judged yet. */
public record StageChange(
    String queue,
    RolloutStage from,
    RolloutStage to,
    String changedBy,
    Instant changedAt,
    String reason,
    Double precision,
    int judged) {

  /** Who changed a stage when the policy did it. */
  public static final String SYSTEM = "system";
}
