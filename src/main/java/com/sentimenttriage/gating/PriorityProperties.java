package com.sentimenttriage.gating;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weights and scales of the priority score (configuration {@code triage.priority.*}; formula in
 * docs/gating.md). Weights need not add up to 1: the score divides by their sum.
 *
 * @param frustrationWeight weight of frustration / 100
 * @param valueWeight weight of the account's value: MRR or CLV, divided by its full-value mark, capped at 1
 * @param severityWeight weight of the gate's severity, mapped by {@code severityScores}
 * @param renewalWeight weight of renewal proximity: 1 on the renewal date, 0 at {@code renewalHorizonDays}
 * @param valueBasis {@code mrr} or {@code clv}
 * @param mrrFullValue MRR from which an account counts at full value
 * @param clvFullValue customer lifetime value from which an account counts at full value
 * @param renewalHorizonDays renewals further away than this add nothing
 * @param severityScores 0..1 per severity
 */
@ConfigurationProperties("triage.priority")
public record PriorityProperties(
    @DefaultValue("0.35") double frustrationWeight,
    @DefaultValue("0.25") double valueWeight,
    @DefaultValue("0.25") double severityWeight,
    @DefaultValue("0.15") double renewalWeight,
    @DefaultValue("mrr") String valueBasis,
    @DefaultValue("5000") double mrrFullValue,
    @DefaultValue("200000") double clvFullValue,
    @DefaultValue("90") int renewalHorizonDays,
    Map<String, Double> severityScores) {

  public static final Map<String, Double> DEFAULT_SEVERITY_SCORES =
      Map.of("Critical", 1.0, "High", 0.75, "Medium", 0.5, "Low", 0.25);

  public PriorityProperties {
    // Keys compared in lower case: configuration binding may or may not keep "Critical" capitalized.
    severityScores = (severityScores == null || severityScores.isEmpty() ? DEFAULT_SEVERITY_SCORES : severityScores)
        .entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
            e -> e.getKey().toLowerCase(java.util.Locale.ROOT), Map.Entry::getValue));
    if (frustrationWeight + valueWeight + severityWeight + renewalWeight <= 0) {
      throw new IllegalArgumentException("triage.priority weights must add up to more than 0");
    }
    if (!"mrr".equals(valueBasis) && !"clv".equals(valueBasis)) {
      throw new IllegalArgumentException("triage.priority.value-basis must be mrr or clv, not " + valueBasis);
    }
  }

  /** The 0..1 score of a severity, 0 for an unknown one. */
  public double severityScore(String severity) {
    return severity == null ? 0 : severityScores.getOrDefault(severity.toLowerCase(java.util.Locale.ROOT), 0.0);
  }

  public static PriorityProperties defaults() {
    return new PriorityProperties(0.35, 0.25, 0.25, 0.15, "mrr", 5000, 200000, 90, null);
  }
}
