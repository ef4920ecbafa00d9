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

  /** True when the light dropped (e.g. green to yellow) within the drop window. */
  public boolean declining() {
    return light.worseThan(baseline);
  }

  /**
   * The trend as of {@code now}, from earlier tickets plus the one being decided (which is not stored yet).
   * Engine-free and deterministic, so the thresholds can be tested at their edges.
   */
  public static AccountTrend of(List<Sample> earlier, Sample current, Instant now, TrendProperties properties) {
    Instant week = now.minus(Duration.ofDays(7));
    Instant month = now.minus(Duration.ofDays(30));
    Instant dropStart = now.minus(Duration.ofDays(properties.dropWindowDays()));
    Instant baselineStart = dropStart.minus(Duration.ofDays(30));

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
    Light light = light(average7 != null ? average7 : average30, properties);
    return new AccountTrend(average7, average30, light, light(before.value(), properties), frustrated);
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
