package com.sentimenttriage.feedback.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * When each queue moved to which rollout stage, for the dashboard's stage history. The default,
 * {@link ScoredTicketRolloutHistory}, reads it off the stages recorded with scored tickets; rollout (issue 6) replaces
 * it with a {@code @Primary} bean backed by its stage-change audit table.
 */
public interface RolloutHistory {

  /** Oldest first. */
  List<StageChange> changes();

  record StageChange(String queue, String stage, Instant since, String changedBy) {
  }
}
