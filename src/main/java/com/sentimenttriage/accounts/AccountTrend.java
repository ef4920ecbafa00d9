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

  /**
   * The trend as of {@code now}, from earlier tickets plus the one being decided (which is not stored yet).
   * Engine-free and deterministic, so the thresholds can be tested at their edges.
   */
  public static AccountTrend of(List<Sample> earlier, Sample current, Instant now, TrendProperties properties) {
    Instant week = now.minus(Duration.ofDays(WEEK_DAYS));
    Instant month = now.minus(Duration.ofDays(MONTH_DAYS));
    Instant dropStart = now.minus(Duration.ofDays(properties.dropWindowDays()));
    Instant baselineStart = dropStart.minus(Duration.ofDays(MONTH_DAYS));

    Average last7 = new Average();
    Average last30 = new Average();
    Average before = new Average();
    int frustrated = 0;
    for (Sample sample : earlier) {
      Instant at = sample.scoredAt();
      if (!at.isBefore(week)) {
        last7.add(sample.polarity());
      }
      if (!at.isBefore(month)) {
        last30.add(sample.polarity());
        if (sample.frustration() >= properties.frustratedAt()) {
          frustrated++;
        }
      }
      if (!at.isBefore(baselineStart) && at.isBefore(dropStart)) {
        before.add(sample.polarity());
      }
    }
    if (current != null) {
      last7.add(current.polarity());
      last30.add(current.polarity());
    }
    Double average7 = last7.value();
    Double average30 = last30.value();
    Light light = light(lightAverage(average7, average30), properties);
    return new AccountTrend(average7, average30, light, light(before.value(), properties), frustrated);
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

  private static final class Average {
    private double sum;
    private int count;

    void add(double value) {
      sum += value;
      count++;
    }

    Double value() {
      return count == 0 ? null : Math.round(sum / count * 1000.0) / 1000.0;
    }
  }
}
