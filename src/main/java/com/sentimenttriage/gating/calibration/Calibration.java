package com.sentimenttriage.gating.calibration;

import java.util.List;

/**
 * Which frustration threshold T and MRR floor F would have produced a target alert volume, under the recipe's
 * shape: alert when {@code (frustration >= T and MRR >= F) or frustration >= T + veryFrustratedOffset} (the
 * default table has T = 65, F = 1000 and its "whatever the MRR" rule at 80, an offset of 15).
 */
final class Calibration {

  static final int VERY_FRUSTRATED_OFFSET = 15;
  static final int MIN_THRESHOLD = 30;
  static final int MAX_THRESHOLD = 95;
  static final List<Double> FLOORS = List.of(0.0, 250.0, 500.0, 1000.0, 2000.0, 5000.0);
  private static final int DEFAULT_THRESHOLD = 65;
  private static final double DEFAULT_FLOOR = 1000;

  record Choice(int threshold, double floor, long alerts) {
  }

  private final List<HistoryEntry> history;

  Calibration(List<HistoryEntry> history) {
    this.history = history;
  }

  long alerts(int threshold, double floor) {
    return history.stream()
        .filter(t -> (t.frustration() >= threshold && t.mrr() >= floor)
            || t.frustration() >= threshold + VERY_FRUSTRATED_OFFSET)
        .count();
  }

  /**
   * The pair whose alert count is closest to {@code targetAlerts}; among equally close pairs the one nearest
   * the recipe's 65 and 1,000, so a team changes no more than its data asks for.
   */
  Choice choose(double targetAlerts) {
    Choice best = null;
    double bestDistance = Double.MAX_VALUE;
    double bestChange = Double.MAX_VALUE;
    for (double floor : FLOORS) {
      for (int threshold = MIN_THRESHOLD; threshold <= MAX_THRESHOLD; threshold++) {
        long alerts = alerts(threshold, floor);
        double distance = Math.abs(alerts - targetAlerts);
        double change = Math.abs(threshold - DEFAULT_THRESHOLD) + Math.abs(FLOORS.indexOf(floor)
            - FLOORS.indexOf(DEFAULT_FLOOR));
        if (distance < bestDistance - 1e-9 || (Math.abs(distance - bestDistance) < 1e-9 && change < bestChange)) {
          best = new Choice(threshold, floor, alerts);
          bestDistance = distance;
          bestChange = change;
        }
      }
    }
    return best;
  }
}
