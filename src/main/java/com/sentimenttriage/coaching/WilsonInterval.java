package com.sentimenttriage.coaching;

/**
 * The Wilson score interval for a binomial proportion: E. B. Wilson, "Probable inference, the law of succession, and
 * statistical inference", Journal of the American Statistical Association 22 (1927), 209–212; see also Brown, Cai and
 * DasGupta, "Interval estimation for a binomial proportion", Statistical Science 16 (2001), 101–133. Chosen over the
 * plain normal ("Wald") interval because it stays inside [0, 1] and is honest for small samples and for shares near
 * 0 or 1, which is exactly the coaching view's situation. No statistics library is in the pom; the formula is short:
 * <pre>
 *   centre    = (p̂ + z²/2n) / (1 + z²/n)
 *   halfWidth = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
 * </pre>
 */
public record WilsonInterval(double lower, double upper) {

  /** z for a two-sided 95 % interval. */
  public static final double Z_95 = 1.959963984540054;

  public static WilsonInterval of(int successes, int trials) {
    return of(successes, trials, Z_95);
  }

  public static WilsonInterval of(int successes, int trials, double z) {
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("Need 0 <= successes <= trials and trials > 0, got " + successes + " of "
          + trials);
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return new WilsonInterval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
  }
}
