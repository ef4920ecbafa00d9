package com.sentimenttriage.gating.calibration;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which frustration threshold T and MRR floor F would have produced a target alert volume, under the recipe's
 * shape: alert when {@code (frustration >= T and MRR >= F) or frustration >= T + veryFrustratedOffset}. The
 * offset, and the T and F a team starts from, are the gate table's ({@link GateTableReader}).
 *
 * <p>The MRR floor is never calibrated down to 0 (unless the table has 0): a floor is what keeps the
 * frustration-only alerts for paying accounts, and a small target must not buy its volume by dropping it. A history
 * without any MRR (the score command's own output) cannot place a floor at all: the table's floor is kept and every
 * ticket is counted as passing it, so the threshold chosen sends at most the target, never more.
 */
final class Calibration {

  static final int MIN_THRESHOLD = 30;
  static final int MAX_THRESHOLD = 95;
  private static final List<Double> STANDARD_FLOORS = List.of(250.0, 500.0, 1000.0, 2000.0, 5000.0);

  record Choice(int threshold, double floor, long alerts) {
  }

  private final List<HistoryEntry> history;
  private final GateRecipe current;
  private final List<Double> floors;
  private final boolean mrrKnown;

  Calibration(List<HistoryEntry> history, GateRecipe current) {
    this.history = history;
    this.current = current;
    this.mrrKnown = history.stream().anyMatch(entry -> entry.mrr() != null);
    // The table's own floor is always a candidate, also when an admin set one between the standard steps.
    this.floors = mrrKnown
        ? Stream.concat(STANDARD_FLOORS.stream(), Stream.of(current.floor())).distinct().sorted().toList()
        : List.of(current.floor());
  }

  /** Whether any ticket of the history has an MRR; without, only the threshold is calibrated. */
  boolean mrrKnown() {
    return mrrKnown;
  }

  /** The setting that alerts least: the highest threshold with the highest floor. */
  Choice strictest() {
    double floor = floors.get(floors.size() - 1);
    return new Choice(MAX_THRESHOLD, floor, alerts(MAX_THRESHOLD, floor));
  }

  /** The setting that alerts most: the lowest threshold with the lowest floor. */
  Choice loosest() {
    return new Choice(MIN_THRESHOLD, floors.get(0), alerts(MIN_THRESHOLD, floors.get(0)));
  }

  /** The MRR floors compared, ascending. */
  List<Double> floors() {
    return floors;
  }

  long alerts(int threshold, double floor) {
    return history.stream()
        .filter(t -> (t.frustration() >= threshold && passes(t, floor))
            || t.frustration() >= threshold + current.veryFrustratedOffset())
        .count();
  }

  private boolean passes(HistoryEntry ticket, double floor) {
    if (!mrrKnown) {
      return true;
    }
    // In a history with MRR, a ticket without one came from no known account (unattached): MRR 0.
    return (ticket.mrr() == null ? 0 : ticket.mrr()) >= floor;
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
