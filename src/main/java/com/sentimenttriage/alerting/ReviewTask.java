package com.sentimenttriage.alerting;

import java.time.Instant;

/**
 * The supervisor's review task of an escalation, as the alert needs it: for the Tasklist link while it is open,
 * and for who confirmed the escalation and when once it is done.
 *
 * @param reviewer    who completed it: display name, else user id; null while open or when completed by the API
 * @param completedAt null while the task is open
 */
public record ReviewTask(String id, String reviewer, Instant completedAt) {

  public boolean open() {
    return completedAt == null;
  }
}
