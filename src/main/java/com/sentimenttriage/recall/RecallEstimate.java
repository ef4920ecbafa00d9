package com.sentimenttriage.recall;

/**
 * How many of the month's tickets that needed a human the gate found, estimated from a recall audit. Both sides are
 * extrapolated from what people judged, so neither side counts an unjudged ticket as nothing:
 * <pre>
 * estimated true escalations = escalated × confirmed / judged
 * estimated missed           = missed in sample / audited × tickets not escalated that month
 * recall                     = estimated true escalations / (estimated true escalations + estimated missed)
 * </pre>
 *
 * @param escalations         the month's escalations, judged and confirmed
 * @param nonEscalatedTickets tickets of the month the gate did not escalate: the sampled population
 * @param audited             sampled tickets answered so far
 * @param missed              of those, the ones that should have been escalated
 */
public record RecallEstimate(Escalations escalations, int nonEscalatedTickets, int audited, int missed) {

  /** Why an audit has no recall yet. Recall is then null, never a guess. */
  public enum UnknownReason {
    /** No sampled ticket is answered yet: there is nothing to extrapolate the misses from. */
    NO_AUDIT_ANSWER,
    /** Tickets were escalated but none was judged, so how many of them were right is unknown. */
    NO_ESCALATION_JUDGED,
    /** Neither a right escalation nor a miss is estimated: no ticket needed a human, and 0 ÷ 0 is no recall. */
    NO_TICKET_NEEDED_A_HUMAN
  }

  /** Missed tickets in the whole month, extrapolated from the sample; null before any answer. */
  public Double estimatedMissed() {
    return audited == 0 ? null : (double) missed / audited * nonEscalatedTickets;
  }

  /** Null when {@link #recallUnknownReason()} gives a reason. */
  public Double recall() {
    if (recallUnknownReason() != null) {
      return null;
    }
    double found = escalations.estimatedTrue();
    return found / (found + estimatedMissed());
  }

  /** Why there is no recall, or null when there is one. */
  public UnknownReason recallUnknownReason() {
    if (audited == 0) {
      return UnknownReason.NO_AUDIT_ANSWER;
    }
    Double found = escalations.estimatedTrue();
    if (found == null) {
      return UnknownReason.NO_ESCALATION_JUDGED;
    }
    return found + estimatedMissed() == 0 ? UnknownReason.NO_TICKET_NEEDED_A_HUMAN : null;
  }
}
