package com.sentimenttriage.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.rollout.RolloutPolicy.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graduation, demotion and audit shares at their exact thresholds, with the default configuration. */
class RolloutPolicyTest {

  private static final RolloutPolicy POLICY = new RolloutPolicy(RolloutProperties.defaults());
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  private static List<Boolean> outcomes(int correct, int wrong) {
    List<Boolean> outcomes = new ArrayList<>(Collections.nCopies(correct, true));
    outcomes.addAll(Collections.nCopies(wrong, false));
    return outcomes;
  }

  @ParameterizedTest(name = "{0}: {1} correct, {2} wrong -> {3}")
  @CsvSource(nullValues = "stay", value = {
      // graduation needs a full window of 50 at >= 0.90
      "PROBATION, 45, 5,  AUTOMATED",
      "PROBATION, 44, 6,  stay",
      "PROBATION, 49, 0,  stay",
      "PROBATION, 50, 0,  AUTOMATED",
      // demotion needs >= 10 judgements below 0.80
      "PROBATION, 8,  2,  stay",
      "PROBATION, 7,  2,  stay",
      "PROBATION, 7,  3,  ASSISTIVE",
      "AUTOMATED, 39, 11, ASSISTIVE",
      "AUTOMATED, 40, 10, stay",
      // automated does not graduate further; assistive and passive are not judged by the policy
      "AUTOMATED, 50, 0,  stay",
      "ASSISTIVE, 50, 0,  stay",
      "ASSISTIVE, 0,  50, stay",
      "PASSIVE,   0,  50, stay",
  })
  void movesAQueueOnlyAtItsThresholds(RolloutStage stage, int correct, int wrong, RolloutStage expected) {
    Optional<Transition> transition = POLICY.evaluate(stage, outcomes(correct, wrong));
    assertThat(transition.map(Transition::to).orElse(null)).isEqualTo(expected);
  }

  @Test
  void onlyTheLatestWindowCounts() {
    List<Boolean> newestFirst = outcomes(45, 5);
    newestFirst.addAll(outcomes(0, 100));
    assertThat(POLICY.evaluate(RolloutStage.PROBATION, newestFirst)).map(Transition::to)
        .contains(RolloutStage.AUTOMATED);
  }

  @Test
  void aTransitionSaysWhyAndCarriesThePrecision() {
    Transition demotion = POLICY.evaluate(RolloutStage.AUTOMATED, outcomes(5, 5)).orElseThrow();
    assertThat(demotion.precision()).isEqualTo(new Precision(5, 10));
    assertThat(demotion.reason()).contains("0.50").contains("0.80");
  }

  @ParameterizedTest(name = "{0}, {1} in stage -> {2}")
  @CsvSource({
      "PASSIVE,   P30D,    0.0",
      "ASSISTIVE, P30D,    0.0",
      "PROBATION, PT1H,    1.0",
      "PROBATION, PT167H,  1.0",
      "PROBATION, P7D,     0.25",
      "PROBATION, P30D,    0.25",
      "AUTOMATED, PT1H,    0.05",
  })
  void auditsTheConfiguredShare(RolloutStage stage, String inStage, double share) {
    assertThat(POLICY.auditShare(stage, NOW.minus(Duration.parse(inStage)), NOW)).isEqualTo(share);
  }

  @Test
  void theSamplerFollowsTheInjectedDraw() {
    assertThat(new AuditSampler(() -> 0.2499).sample(0.25)).isTrue();
    assertThat(new AuditSampler(() -> 0.25).sample(0.25)).isFalse();
    assertThat(new AuditSampler(() -> 0.9999).sample(1.0)).isTrue();
    assertThat(new AuditSampler(() -> 0.0).sample(0.0)).isFalse();
  }
}
