package com.sentimenttriage.scoring.engine;

/** The one-word verdict a ticket list shows; ordered from most to least alarming. */
public enum SentimentLabel {
  /** Very negative or very frustrated, or a Critical topic raised with negativity. */
  URGENT("Urgent"),
  NEGATIVE("Negative"),
  NEUTRAL("Neutral"),
  POSITIVE("Positive"),
  /** Strongly positive: a candidate for a review request or a case study. */
  PROMOTER("Promoter");

  private final String displayName;

  SentimentLabel(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
