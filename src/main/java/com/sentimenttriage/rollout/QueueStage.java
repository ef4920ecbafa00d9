package com.sentimenttriage.rollout;

import java.time.Instant;

/** A queue's current stage; {@code since} is null for a queue still in the configured default stage. */
public record QueueStage(String queue, RolloutStage stage, Instant since) {
}
