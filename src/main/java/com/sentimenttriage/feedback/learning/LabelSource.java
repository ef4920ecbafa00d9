package com.sentimenttriage.feedback.learning;

/**
 * Where a label came from, so that a model says truthfully what it learned from: a supervisor's review before an
 * alert, an audit of an alert sent automatically, an auditor's answer in the monthly recall audit, or a flag of a
 * past score.
 */
public enum LabelSource {
  REVIEW("review", "reviews"),
  AUDIT("audit", "audits"),
  RECALL_ANSWER("recall-audit answer", "recall-audit answers"),
  FLAG("flag", "flags");

  private final String one;
  private final String many;

  LabelSource(String one, String many) {
    this.one = one;
    this.many = many;
  }

  /** "1 review", "3 audits". */
  String count(int count) {
    return count + " " + (count == 1 ? one : many);
  }
}
