package com.sentimenttriage.rollout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of the rollout, engine-free: how much of a stage's automated escalations is audited, and when the
 * measured precision moves a queue up or down. Thresholds come from {@link RolloutProperties}.
 *
 * <p>Precision is measured over the most recent judgements (review decisions and audit outcomes) recorded since the
 * queue entered its current stage, newest first, at most {@code graduationWindow} of them. So a queue's record in an
 * earlier stage neither carries it through probation nor drags it down after a manual change.
 */
public final class RolloutPolicy {

  /** A stage change the policy asks for, with the reason the audit trail and the e-mail give. */
  public record Transition(RolloutStage to, String reason, Precision precision) {
  }

  private final RolloutProperties properties;

  public RolloutPolicy(RolloutProperties properties) {
    this.properties = properties;
  }

  public int window() {
    return properties.graduationWindow();
  }

  /** The share of automated escalations to sample for audit, for a queue in {@code stage} since {@code since}. */
  public double auditShare(RolloutStage stage, Instant since, Instant now) {
    return switch (stage) {
      case PROBATION -> since == null || Duration.between(since, now).compareTo(properties.probationFirstWeek()) < 0
          ? properties.probationFirstWeekAuditShare() : properties.probationAuditShare();
      case AUTOMATED -> properties.automatedAuditShare();
      case PASSIVE, ASSISTIVE -> 0.0;
    };
  }

  /** The change the latest outcomes call for, if any. {@code outcomes}: newest first, at most {@link #window()}. */
  public Optional<Transition> evaluate(RolloutStage stage, List<Boolean> outcomes) {
    Precision precision = Precision.of(outcomes.subList(0, Math.min(outcomes.size(), window())));
    double value = precision.value().orElse(1.0);
    boolean trusted = stage == RolloutStage.PROBATION || stage == RolloutStage.AUTOMATED;
    if (trusted && precision.judged() >= properties.demotionMinJudgements()
        && value < properties.demotionPrecision()) {
      return Optional.of(new Transition(RolloutStage.ASSISTIVE, String.format(Locale.ROOT,
          "Automatic demotion: precision %s fell below the tolerance of %.2f", precision,
          properties.demotionPrecision()), precision));
    }
    if (stage == RolloutStage.PROBATION && precision.judged() >= window()
        && value >= properties.graduationPrecision()) {
      return Optional.of(new Transition(RolloutStage.AUTOMATED, String.format(Locale.ROOT,
          "Automatic graduation: precision %s over the last %d audits reached the target of %.2f", precision,
          window(), properties.graduationPrecision()), precision));
    }
    return Optional.empty();
  }
}
