package com.sentimenttriage.rollout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultStage             stage of a queue nobody has changed yet
 * @param graduationWindow         N: graduation looks at the last N judgements of a queue in probation
 * @param graduationPrecision      probation graduates to automated when precision over a full window reaches this
 * @param demotionPrecision        probation or automated is demoted to assistive when precision falls below this
 * @param demotionMinJudgements    no demotion on fewer judgements than this (one false positive is not a trend)
 * @param probationFirstWeek       how long the first, fully audited phase of probation lasts
 * @param probationFirstWeekAuditShare share of automated escalations audited in that phase
 * @param probationAuditShare      share audited afterwards in probation
 * @param automatedAuditShare      share audited in automated
 */
@ConfigurationProperties("triage.rollout")
public record RolloutProperties(
    @DefaultValue("ASSISTIVE") RolloutStage defaultStage,
    @DefaultValue("50") int graduationWindow,
    @DefaultValue("0.90") double graduationPrecision,
    @DefaultValue("0.80") double demotionPrecision,
    @DefaultValue("10") int demotionMinJudgements,
    @DefaultValue("P7D") Duration probationFirstWeek,
    @DefaultValue("1.0") double probationFirstWeekAuditShare,
    @DefaultValue("0.25") double probationAuditShare,
    @DefaultValue("0.05") double automatedAuditShare) {

  public RolloutProperties {
    if (graduationWindow < 1 || demotionMinJudgements < 1) {
      throw new IllegalArgumentException("triage.rollout windows must be at least 1");
    }
    for (double share : new double[] {graduationPrecision, demotionPrecision, probationFirstWeekAuditShare,
        probationAuditShare, automatedAuditShare}) {
      if (share < 0 || share > 1) {
        throw new IllegalArgumentException("triage.rollout precisions and shares lie between 0 and 1");
      }
    }
  }

  /** The defaults, for tests and tools that run without Spring. */
  public static RolloutProperties defaults() {
    return new RolloutProperties(RolloutStage.ASSISTIVE, 50, 0.90, 0.80, 10, Duration.ofDays(7), 1.0, 0.25, 0.05);
  }
}
