package com.sentimenttriage.rollout;

import java.util.List;
import java.util.OptionalDouble;

/** Correct judgements among the judged ones: the share of escalations a human agreed with. */
public record Precision(int correct, int judged) {

  public static Precision of(List<Boolean> outcomes) {
    return new Precision((int) outcomes.stream().filter(Boolean::booleanValue).count(), outcomes.size());
  }

  public OptionalDouble value() {
    return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / judged);
  }

  public Double valueOrNull() {
    return judged == 0 ? null : (double) correct / judged;
  }

  @Override
  public String toString() {
    return judged == 0 ? "n/a (nothing judged)"
        : String.format(java.util.Locale.ROOT, "%.2f (%d of %d correct)", (double) correct / judged, correct, judged);
  }
}
