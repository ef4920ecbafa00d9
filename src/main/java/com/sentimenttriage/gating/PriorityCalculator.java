package com.sentimenttriage.gating;

/**
 * The review task's priority, 0-100:
 *
 * <pre>
 * priority = round(100 * (wF * F + wV * V + wS * S + wR * R) / (wF + wV + wS + wR))
 *   F = frustration / 100
 *   V = min(1, MRR / mrrFullValue)            (or CLV / clvFullValue with value-basis clv)
 *   S = severityScores[severity]              (Critical 1, High 0.75, Medium 0.5, Low 0.25)
 *   R = max(0, 1 - daysToRenewal / renewalHorizonDays), 0 when the renewal is unknown or past
 * </pre>
 *
 * Engine-free and thread-safe.
 */
public final class PriorityCalculator {

  private final PriorityProperties properties;

  public PriorityCalculator(PriorityProperties properties) {
    this.properties = properties;
  }

  public int priority(int frustration, double mrr, Double clv, String severity, Integer daysToRenewal) {
    double f = clamp(frustration / 100.0);
    double v = "clv".equals(properties.valueBasis())
        ? clamp((clv == null ? 0 : clv) / properties.clvFullValue())
        : clamp(mrr / properties.mrrFullValue());
    double s = properties.severityScore(severity);
    double r = daysToRenewal == null || daysToRenewal < 0
        ? 0 : clamp(1 - daysToRenewal / (double) properties.renewalHorizonDays());
    double weights = properties.frustrationWeight() + properties.valueWeight() + properties.severityWeight()
        + properties.renewalWeight();
    double score = (properties.frustrationWeight() * f + properties.valueWeight() * v
        + properties.severityWeight() * s + properties.renewalWeight() * r) / weights;
    return (int) Math.round(100 * clamp(score));
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
