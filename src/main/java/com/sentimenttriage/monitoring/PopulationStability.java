package com.sentimenttriage.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The population stability index (PSI) of one distribution against a baseline:
 * {@code PSI = Σ (actual_i − expected_i) · ln(actual_i / expected_i)} over the shares of each bin. A bin that is empty
 * on one side gets the share {@link #EPSILON} instead of zero, so one new topic does not make the index infinite.
 * Engine-free and stateless.
 */
public final class PopulationStability {

  /** The share an empty bin counts with: small enough not to matter for filled bins, large enough to stay finite. */
  public static final double EPSILON = 0.0001;

  private PopulationStability() {
  }

  /** One bin's share in the baseline and in the week, and what it adds to the index. */
  public record Bin(String name, double expected, double actual, double contribution) {
  }

  /** The index and its bins, the most moved first. */
  public record Result(double psi, List<Bin> bins) {

    public List<Bin> mostMoved(int limit) {
      return bins.stream().sorted(Comparator.comparingDouble(Bin::contribution).reversed()).limit(limit).toList();
    }
  }

  /**
   * @param expected the baseline's count per bin
   * @param actual   the week's count per bin; bins missing on either side count as empty
   */
  public static Result of(Map<String, Integer> expected, Map<String, Integer> actual) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    expected.keySet().forEach(name -> names.put(name, true));
    actual.keySet().forEach(name -> names.put(name, true));
    double expectedTotal = total(expected);
    double actualTotal = total(actual);
    List<Bin> bins = new ArrayList<>();
    double psi = 0;
    for (String name : names.keySet()) {
      double e = share(expected.getOrDefault(name, 0), expectedTotal);
      double a = share(actual.getOrDefault(name, 0), actualTotal);
      double contribution = (a - e) * Math.log(a / e);
      psi += contribution;
      bins.add(new Bin(name, e, a, contribution));
    }
    return new Result(psi, bins);
  }

  private static double share(int count, double total) {
    return count == 0 || total == 0 ? EPSILON : count / total;
  }

  private static double total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
