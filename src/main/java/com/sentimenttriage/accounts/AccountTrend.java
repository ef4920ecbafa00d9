package com.sentimenttriage.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An account's recent sentiment: rolling 7- and 30-day average polarity, a traffic light, and whether the light
 * got worse within the drop window (three weeks by default).
 *
 * @param average7d average polarity of the last 7 days, null without tickets
 * @param average30d average polarity of the last 30 days, null without tickets
 * @param light the light now: from the 7-day average, else the 30-day one, else {@link Light#UNKNOWN}
 * @param baseline the light of the 30 days that ended when the drop window began
 * @param frustratedTicketsLast30Days earlier tickets of the last 30 days at or above the frustration mark
 */
public record AccountTrend(Double average7d, Double average30d, Light light, Light baseline,
    int frustratedTicketsLast30Days) {

  /** Traffic light, from best to worst. */
  public enum Light {
    GREEN, YELLOW, RED, UNKNOWN;

    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean worseThan(Light other) {
      return this != UNKNOWN && other != UNKNOWN && ordinal() > other.ordinal();
    }
  }

  /** One earlier scored ticket of the account. */
  public record Sample(Instant scoredAt, double polarity, int frustration) {
  }

  public static final AccountTrend NONE = new AccountTrend(null, null, Light.UNKNOWN, Light.UNKNOWN, 0);

  /** The rolling windows of the two averages, in days up to now. */
  public static final int WEEK_DAYS = 7;
  public static final int MONTH_DAYS = 30;

  /** True when the light dropped (e.g. green to yellow) within the drop window. */
  public boolean declining() {
    return light.worseThan(baseline);
  }

  /** The windows as of {@code now}: the last 7 and 30 days, and the 30 days that ended when the drop window began. */
  public record Windows(Instant week, Instant month, Instant baselineStart, Instant dropStart) {

    public static Windows asOf(Instant now, TrendProperties properties) {
      Instant dropStart = now.minus(Duration.ofDays(properties.dropWindowDays()));
      return new Windows(now.minus(Duration.ofDays(WEEK_DAYS)), now.minus(Duration.ofDays(MONTH_DAYS)),
          dropStart.minus(Duration.ofDays(MONTH_DAYS)), dropStart);
    }
  }

  /**
   * What a trend is computed from: sums and counts of earlier tickets' polarity per window, and the frustrated
   * tickets of the last 30 days. The database adds them up (JdbcAccountTrends), so an account's tickets need not
   * be read one by one for every new ticket.
   */
  public record Totals(double sum7d, int count7d, double sum30d, int count30d, int frustrated30d,
      double sumBaseline, int countBaseline) {

    public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0);

    /** The totals of {@code samples}, as the database computes them. */
    public static Totals of(List<Sample> samples, Windows windows, TrendProperties properties) {
      double sum7 = 0;
      double sum30 = 0;
      double sumBaseline = 0;
      int count7 = 0;
      int count30 = 0;
      int countBaseline = 0;
      int frustrated = 0;
      for (Sample sample : samples) {
        Instant at = sample.scoredAt();
        if (!at.isBefore(windows.week())) {
          sum7 += sample.polarity();
          count7++;
        }
        if (!at.isBefore(windows.month())) {
          sum30 += sample.polarity();
          count30++;
          if (sample.frustration() >= properties.frustratedAt()) {
            frustrated++;
          }
        }
        if (!at.isBefore(windows.baselineStart()) && at.isBefore(windows.dropStart())) {
          sumBaseline += sample.polarity();
          countBaseline++;
        }
      }
      return new Totals(sum7, count7, sum30, count30, frustrated, sumBaseline, countBaseline);
    }
  }

  /**
   * The trend as of {@code now}, from earlier tickets plus the one being decided (which is not stored yet).
   * Engine-free and deterministic, so the thresholds can be tested at their edges.
   */
  public static AccountTrend of(List<Sample> earlier, Sample current, Instant now, TrendProperties properties) {
    return of(Totals.of(earlier, Windows.asOf(now, properties), properties), current, properties);
  }

  /** The trend from the totals of earlier tickets plus the one being decided, if any. */
  public static AccountTrend of(Totals earlier, Sample current, TrendProperties properties) {
    double extra = current == null ? 0 : current.polarity();
    int extraCount = current == null ? 0 : 1;
    Double average7 = average(earlier.sum7d() + extra, earlier.count7d() + extraCount);
    Double average30 = average(earlier.sum30d() + extra, earlier.count30d() + extraCount);
    Light light = light(lightAverage(average7, average30), properties);
    return new AccountTrend(average7, average30, light,
        light(average(earlier.sumBaseline(), earlier.countBaseline()), properties), earlier.frustrated30d());
  }

  /** The average the light is taken from: the 7-day one, else the 30-day one; null without tickets. */
  public Double lightAverage() {
    return lightAverage(average7d, average30d);
  }

  /**
   * Why the light is what it is, in the thresholds' terms, e.g. "7-day average -0.45, red below -0.4; dropped
   * from green within 21 days".
   */
  public String reason(TrendProperties properties) {
    if (light == Light.UNKNOWN) {
      return "No scored ticket in " + MONTH_DAYS + " days";
    }
    String mark = switch (light) {
      case RED -> "red below " + properties.redBelow();
      case YELLOW -> "yellow below " + properties.yellowBelow() + ", red below " + properties.redBelow();
      default -> "green from " + properties.yellowBelow();
    };
    String window = average7d != null ? WEEK_DAYS + "-day average "
        : "No ticket in " + WEEK_DAYS + " days; " + MONTH_DAYS + "-day average ";
    String reason = window + lightAverage() + ", " + mark;
    return declining()
        ? reason + "; dropped from " + baseline.value() + " within " + properties.dropWindowDays() + " days"
        : reason;
  }

  private static Double lightAverage(Double average7, Double average30) {
    return average7 != null ? average7 : average30;
  }

  private static Light light(Double average, TrendProperties properties) {
    if (average == null) {
      return Light.UNKNOWN;
    }
    if (average < properties.redBelow()) {
      return Light.RED;
    }
    return average < properties.yellowBelow() ? Light.YELLOW : Light.GREEN;
  }

  private static Double average(double sum, int count) {
    return count == 0 ? null : Math.round(sum / count * 1000.0) / 1000.0;
  }
}
