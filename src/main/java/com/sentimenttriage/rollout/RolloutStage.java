package com.sentimenttriage.rollout;

/** How far a queue trusts the escalation gate, from scoring only to alerting without a human. */
public enum RolloutStage {
  /** Score and store only: no tasks, no alerts. */
  PASSIVE,
  /** A supervisor confirms every gate hit before the alert goes out. */
  ASSISTIVE,
  /** Alerts go out at once; a large share is audited, and the audits decide graduation. */
  PROBATION,
  /** Alerts go out at once; a small share is still audited so precision stays measured. */
  AUTOMATED;

  public static RolloutStage parse(String value) {
    try {
      return valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown rollout stage '" + value + "'; one of PASSIVE, ASSISTIVE, "
          + "PROBATION, AUTOMATED");
    }
  }
}
