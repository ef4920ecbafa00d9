package com.sentimenttriage.recall;

import com.sentimenttriage.rollout.Precision;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A month's escalations and how many of them were right. In the later rollout stages most alerts are never judged
 * (an automated queue audits about 5 %, probation a quarter), so the right ones cannot be counted: the judged ones
 * stand for all of them, as the audited sample stands for the tickets that were not escalated.
 *
 * @param escalated tickets of the month the gate escalated (action ALERT)
 * @param judged    of those, the ones a supervisor judged, in a review or an audit
 * @param confirmed of the judged ones, those whose latest judgement found the escalation right as it stood
 *                  ({@link ReviewDecision#correct()}: a dismissed or reclassified one was not)
 */
public record Escalations(int escalated, int judged, int confirmed) {

  public Escalations {
    if (confirmed < 0 || confirmed > judged || judged > escalated) {
      throw new IllegalArgumentException("Need 0 <= confirmed <= judged <= escalated, got " + confirmed + ", "
          + judged + ", " + escalated);
    }
  }

  /** Counts escalations from each one's latest decision, null for an escalation nobody judged. */
  public static Escalations of(Collection<ReviewDecision> latestDecisions) {
    List<ReviewDecision> judged = latestDecisions.stream().filter(Objects::nonNull).toList();
    return new Escalations(latestDecisions.size(), judged.size(),
        (int) judged.stream().filter(ReviewDecision::correct).count());
  }

  /** Share of the judged escalations that were right, as the rollout measures it; null when none was judged. */
  public Double precision() {
    return new Precision(confirmed, judged).valueOrNull();
  }

  /**
   * Escalations that were right, estimated as escalated × precision. Zero when nothing was escalated; null when
   * escalations were made but none was judged, because their precision is unknown and any guess would decide the
   * recall.
   */
  public Double estimatedTrue() {
    if (escalated == 0) {
      return 0.0;
    }
    Double precision = precision();
    return precision == null ? null : escalated * precision;
  }
}
