package com.sentimenttriage.monitoring;

/** What the drift check concluded about a week, as stored and as the process's gateway reads it. */
public enum DriftVerdict {
  STABLE, MODERATE, LARGE,
  /** Fewer tickets than {@code triage.drift.minimum-tickets} in the week or the baseline: no verdict. */
  TOO_FEW_TICKETS
}
