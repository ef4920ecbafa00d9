package com.sentimenttriage.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an account's sentiment becomes a traffic light (configuration {@code triage.trend.*}).
 *
 * @param yellowBelow average polarity below which the light turns yellow
 * @param redBelow average polarity below which the light turns red
 * @param dropWindowDays a light worse now than it was this many days ago is a drop the gate sees
 * @param frustratedAt frustration from which a ticket counts as frustrated for "second frustrated ticket"
 */
@ConfigurationProperties("triage.trend")
public record TrendProperties(
    @DefaultValue("-0.1") double yellowBelow,
    @DefaultValue("-0.4") double redBelow,
    @DefaultValue("21") int dropWindowDays,
    @DefaultValue("50") int frustratedAt) {

  public static TrendProperties defaults() {
    return new TrendProperties(-0.1, -0.4, 21, 50);
  }
}
