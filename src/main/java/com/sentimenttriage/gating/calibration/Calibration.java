package com.sentimenttriage.gating.calibration;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which frustration threshold T and MRR floor F would have produced a target alert volume, under the recipe's
 * shape: alert when {@code (frustration >= T and MRR >= F) or frustration >= T + veryFrustratedOffset}. The
 * offset, and the T and F a team starts from, are the gate table's ({@link GateTableReader}).
 */
final class Calibration {

  static final int MIN_THRESHOLD = 30;
  static final int MAX_THRESHOLD = 95;
  private static final List<Double> STANDARD_FLOORS = List.of(0.0, 250.0, 500.0, 1000.0, 2000.0, 5000.0);

  record Choice(int threshold, double floor, long alerts) {
  }

  private final List<HistoryEntry> history;
  private final GateRecipe current;
  private final List<Double> floors;

  Calibration(List<HistoryEntry> history, GateRecipe current) {
    this.history = history;
    this.current = current;
    // The table's own floor is always a candidate, also when an admin set one between the standard steps.
    this.floors = Stream.concat(STANDARD_FLOORS.stream(), Stream.of(current.floor())).distinct().sorted().toList();
  }

  /** The MRR floors compared, ascending. */
  List<Double> floors() {
    return floors;
  }

  long alerts(int threshold, double floor) {
    return history.stream()
        .filter(t -> (t.frustration() >= threshold && t.mrr() >= floor)
            || t.frustration() >= threshold + current.veryFrustratedOffset())
        .count();
  }

  /**
   * The pair whose alert count is closest to {@code targetAlerts}; among equally close pairs the one nearest the
   * table's current threshold and floor, so a team changes no more than its data asks for.
   */
  Choice choose(double targetAlerts) {
    Choice best = null;
    double bestDistance = Double.MAX_VALUE;
    double bestChange = Double.MAX_VALUE;
    int currentFloor = floors.indexOf(current.floor());
    for (int floorIndex = 0; floorIndex < floors.size(); floorIndex++) {
      double floor = floors.get(floorIndex);
      for (int threshold = MIN_THRESHOLD; threshold <= MAX_THRESHOLD; threshold++) {
        long alerts = alerts(threshold, floor);
        double distance = Math.abs(alerts - targetAlerts);
        double change = Math.abs(threshold - current.threshold()) + Math.abs(floorIndex - currentFloor);
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
