package com.sentimenttriage.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PSI against numbers worked out by hand (natural logarithms to six places), and the fixed polarity bins. */
class PopulationStabilityTest {

  @Test
  void aQuarterOfTheTicketsMovingBetweenTwoBinsIsALargeShift() {
    // baseline 50/50 → shares 0.5, 0.5; week 25/75 → 0.25, 0.75
    // (0.25 − 0.5)·ln(0.25/0.5) = (−0.25)(−0.693147) = 0.173287
    // (0.75 − 0.5)·ln(0.75/0.5) = (0.25)(0.405465)   = 0.101366
    // PSI = 0.274653
    PopulationStability.Result result = PopulationStability.of(Map.of("low", 50, "high", 50),
        Map.of("low", 25, "high", 75));

    assertThat(result.psi()).isCloseTo(0.274653, within(1e-6));
    assertThat(result.mostMoved(1).get(0).name()).isEqualTo("low");
  }

  @Test
  void aTopicNewThisWeekCountsWithEpsilonInsteadOfZero() {
    // baseline Billing 60, Outage 40, Churn 0 → 0.6, 0.4, ε = 0.0001; week 30, 40, 30 → 0.3, 0.4, 0.3
    // Billing: (0.3 − 0.6)·ln(0.3/0.6) = (−0.3)(−0.693147)        = 0.207944
    // Outage:  (0.4 − 0.4)·ln(1)                                   = 0
    // Churn:   (0.3 − 0.0001)·ln(0.3/0.0001) = 0.2999 · ln(3000)
    //          = 0.2999 · 8.006368                                 = 2.401110
    // PSI = 2.609054
    PopulationStability.Result result = PopulationStability.of(Map.of("Billing", 60, "Outage", 40),
        Map.of("Billing", 30, "Outage", 40, "Churn threat", 30));

    assertThat(result.psi()).isCloseTo(2.609054, within(1e-5));
    assertThat(result.mostMoved(2)).extracting(PopulationStability.Bin::name)
        .containsExactly("Churn threat", "Billing");
    assertThat(result.bins()).filteredOn(bin -> bin.name().equals("Churn threat"))
        .extracting(PopulationStability.Bin::expected).containsExactly(PopulationStability.EPSILON);
  }

  @Test
  void theSameSharesAreNoShiftWhateverTheVolume() {
    assertThat(PopulationStability.of(Map.of("a", 10, "b", 30), Map.of("a", 100, "b", 300)).psi()).isZero();
  }

  @Test
  void polarityFallsIntoTenFixedBinsWithTheEndsIncluded() {
    PolarityBins bins = new PolarityBins(10);

    assertThat(bins.index(-1.0)).isZero();
    assertThat(bins.index(-0.85)).isZero();
    assertThat(bins.index(-0.8)).isEqualTo(1);
    assertThat(bins.index(0.0)).isEqualTo(5);
    assertThat(bins.index(0.19)).isEqualTo(5);
    assertThat(bins.index(1.0)).isEqualTo(9);
    assertThat(bins.name(0)).isEqualTo("polarity -1.00 to -0.80");
    Map<String, Integer> counts = bins.count(List.of(-1.0, -0.9, 1.0));
    assertThat(counts).hasSize(10).containsEntry("polarity -1.00 to -0.80", 2)
        .containsEntry("polarity 0.80 to 1.00", 1).containsEntry("polarity 0.00 to 0.20", 0);
  }

  @Test
  void thresholdsSeparateStableModerateAndLarge() {
    DriftCheck check = new DriftCheck(null, null, new DriftProperties(4, 10, 0.1, 0.25, 50),
        java.time.Clock.systemUTC());

    assertThat(check.verdict(0.0999)).isEqualTo(DriftVerdict.STABLE);
    assertThat(check.verdict(0.1)).isEqualTo(DriftVerdict.MODERATE);
    assertThat(check.verdict(0.2499)).isEqualTo(DriftVerdict.MODERATE);
    assertThat(check.verdict(0.25)).isEqualTo(DriftVerdict.LARGE);
  }
}
