package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The documented formula with its default weights, worked out by hand (docs/gating.md). */
class PriorityCalculatorTest {

  private final PriorityCalculator defaults = new PriorityCalculator(PriorityProperties.defaults());

  @Test
  void blendsFrustrationValueSeverityAndRenewal() {
    // 0.35 * 0.80 + 0.25 * (4200 / 5000) + 0.25 * 1 + 0.15 * (1 - 28 / 90) = 0.28 + 0.21 + 0.25 + 0.1033 = 0.8433
    assertThat(defaults.priority(80, 4200, null, "Critical", 28)).isEqualTo(84);
  }

  @Test
  void aCalmTicketFromAFreeAccountIsAtTheBottom() {
    // only severity Low counts: 0.25 * 0.25
    assertThat(defaults.priority(0, 0, null, "Low", null)).isEqualTo(6);
  }

  @Test
  void everyTermIsCappedSoTheScoreStaysWithin100() {
    assertThat(defaults.priority(100, 50_000, null, "Critical", 0)).isEqualTo(100);
    assertThat(defaults.priority(100, 5_000, null, "Critical", 0)).isEqualTo(100);
  }

  @Test
  void aPastOrUnknownRenewalAddsNothing() {
    assertThat(defaults.priority(50, 0, null, "Medium", -3)).isEqualTo(defaults.priority(50, 0, null, "Medium", null));
    // 0.35 * 0.5 + 0.25 * 0.5 = 0.30
    assertThat(defaults.priority(50, 0, null, "Medium", 90)).isEqualTo(30);
  }

  @Test
  void canWeighCustomerLifetimeValueInsteadOfMrr() {
    PriorityCalculator byClv = new PriorityCalculator(
        new PriorityProperties(0, 1, 0, 0, "clv", 5000, 200_000, 90, null));
    assertThat(byClv.priority(90, 9999, 100_000.0, "High", 1)).isEqualTo(50);
    assertThat(byClv.priority(90, 9999, null, "High", 1)).isZero();
  }

  @Test
  void refusesAConfigurationWithoutWeightsOrWithAnUnknownBasis() {
    assertThatThrownBy(() -> new PriorityProperties(0, 0, 0, 0, "mrr", 1, 1, 1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PriorityProperties(1, 1, 1, 1, "arr", 1, 1, 1, null))
        .hasMessageContaining("mrr or clv");
  }
}
