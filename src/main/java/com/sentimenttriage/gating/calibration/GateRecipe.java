package com.sentimenttriage.gating.calibration;

/**
 * The recipe calibration models, with the numbers the escalation gate's table holds: alert when
 * {@code (frustration >= threshold and MRR >= floor) or frustration >= threshold + veryFrustratedOffset}.
 */
record GateRecipe(int threshold, double floor, int veryFrustratedOffset) {
}
