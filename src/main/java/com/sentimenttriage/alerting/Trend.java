package com.sentimenttriage.alerting;

/** Which way an account's ticket sentiment moved from one period to the next, as an arrow a digest can show. */
public enum Trend {
  IMPROVING("↑", "improving"),
  STEADY("→", "steady"),
  DECLINING("↓", "declining"),
  /** No scored tickets in the period before, so nothing to compare with. */
  NEW("•", "new");

  /** A change of average polarity smaller than this is noise, not a trend. */
  static final double THRESHOLD = 0.1;

  private final String arrow;
  private final String description;

  Trend(String arrow, String description) {
    this.arrow = arrow;
    this.description = description;
  }

  public static Trend between(Double earlierAveragePolarity, double laterAveragePolarity) {
    if (earlierAveragePolarity == null) {
      return NEW;
    }
    double change = laterAveragePolarity - earlierAveragePolarity;
    if (change >= THRESHOLD) {
      return IMPROVING;
    }
    return change <= -THRESHOLD ? DECLINING : STEADY;
  }

  public String arrow() {
    return arrow;
  }

  public String description() {
    return description;
  }
}
