package com.sentimenttriage.scoring.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The metrics the English floors and the multilingual benchmark share, against values worked out by hand. */
class AccuracyReportTest {

  @Test
  void aucIsTheShareOfPositiveNegativePairsOrderedRight() {
    // pairs (positive, negative): (0.9, 0.8) right, (0.9, 0.1) right, (0.3, 0.8) wrong, (0.3, 0.1) right = 3 of 4
    double auc = AccuracyReport.auc(new double[] {0.9, 0.8, 0.3, 0.1}, new boolean[] {true, false, true, false});
    assertThat(auc).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void aucCountsATieAsHalf() {
    // (0.5, 0.5) tie = 0.5, (0.5, 0.2) right = 1: 1.5 of 2
    double auc = AccuracyReport.auc(new double[] {0.5, 0.5, 0.2}, new boolean[] {true, false, false});
    assertThat(auc).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void aucOfAConstantScoreIsChance() {
    assertThat(AccuracyReport.auc(new double[] {0, 0, 0, 0}, new boolean[] {true, false, true, false}))
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  void macroF1OverTwoClassesCountsNeutralPredictionsAsMisses() {
    // negative: 1 of 2 found, precision 1 -> F1 2/3; positive: 2 of 2, precision 1 -> F1 1; mean 5/6
    int[] gold = {0, 0, 2, 2};
    int[] predicted = {0, 1, 2, 2};
    assertThat(AccuracyReport.macroF1(gold, predicted, 0, 2)).isCloseTo(5.0 / 6, within(1e-9));
    // over three classes the absent neutral class adds an F1 of 0: (2/3 + 0 + 1) / 3
    assertThat(AccuracyReport.macroF1(gold, predicted, 0, 1, 2)).isCloseTo(5.0 / 9, within(1e-9));
  }

  @Test
  void ratingMacroF1BandsBothSidesAtFivePercent() {
    // ratings -4, 0, 4 are negative, neutral, positive; polarities -0.06, 0.04, 0.06 band the same way: all right
    double f1 = AccuracyReport.macroF1(new double[] {-0.06, 0.04, 0.06}, new double[] {-4, 0, 4});
    assertThat(f1).isCloseTo(1.0, within(1e-9));
  }
}
