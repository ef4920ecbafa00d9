package com.sentimenttriage.feedback.recall;

/**
 * How many of the month's tickets that needed a human the gate found, estimated from a recall audit:
 * {@code recall = confirmed / (confirmed + estimated missed)}, with
 * {@code estimated missed = missed in sample / audited × tickets not escalated that month}.
 *
 * @param escalatedConfirmed  escalations of the month a supervisor confirmed (in review or audit)
 * @param nonEscalatedTickets tickets of the month the gate did not escalate: the sampled population
 * @param audited             sampled tickets answered so far
 * @param missed              of those, the ones that should have been escalated
 */
public record RecallEstimate(int escalatedConfirmed, int nonEscalatedTickets, int audited, int missed) {

  /** Missed tickets in the whole month, extrapolated from the sample; null before any answer. */
  public Double estimatedMissed() {
    return audited == 0 ? null : (double) missed / audited * nonEscalatedTickets;
  }

  /** Null before any answer, and when nothing was either confirmed or missed (no ticket needed a human). */
  public Double recall() {
    Double estimatedMissed = estimatedMissed();
    if (estimatedMissed == null || escalatedConfirmed + estimatedMissed == 0) {
      return null;
    }
    return escalatedConfirmed / (escalatedConfirmed + estimatedMissed);
  }
}
