package com.sentimenttriage.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fixed, equal-width bins over polarity's range [-1, 1], so every week is cut the same way and weeks compare. The
 * last bin includes +1.
 */
public final class PolarityBins {

  private final int bins;

  public PolarityBins(int bins) {
    if (bins < 2) {
      throw new IllegalArgumentException("at least 2 polarity bins are needed, was " + bins);
    }
    this.bins = bins;
  }

  /** How many polarities fall in each bin, every bin present (empty ones with 0), lowest first. */
  public Map<String, Integer> count(List<Double> polarities) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < bins; i++) {
      counts.put(name(i), 0);
    }
    for (double polarity : polarities) {
      counts.merge(name(index(polarity)), 1, Integer::sum);
    }
    return counts;
  }

  int index(double polarity) {
    double clamped = Math.max(-1, Math.min(1, polarity));
    // The tolerance keeps a polarity on a bin edge in the upper bin: -0.8 + 1 is 0.19999999999999996 in doubles.
    return Math.min(bins - 1, (int) Math.floor((clamped + 1) * bins / 2 + 1e-9));
  }

  /** "polarity -0.60 to -0.40", as the mail and the dashboard show it. */
  String name(int index) {
    double width = 2.0 / bins;
    return String.format(Locale.ROOT, "polarity %.2f to %.2f", -1 + index * width, -1 + (index + 1) * width);
  }
}
