package com.sentimenttriage.survey;

/**
 * The two survey scales a response's score can be on, with the range each allows. The sender names the scale in the
 * body's {@code scale}; a response without one is read as NPS, the common case.
 */
public enum SurveyScale {
  /** Net Promoter Score: 0-6 detractor, 7-8 passive, 9-10 promoter. */
  NPS(0, 10),
  /** Customer satisfaction: 1-2 dissatisfied, 3 neutral, 4-5 satisfied. */
  CSAT(1, 5);

  private final int lowest;
  private final int highest;

  SurveyScale(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  public boolean allows(int score) {
    return score >= lowest && score <= highest;
  }

  /** "0-10" for the problem detail of an out-of-range score. */
  public String range() {
    return lowest + "-" + highest;
  }
}
