package com.sentimenttriage.learning;

/**
 * Where a label came from, so that a model says truthfully what it learned from: a supervisor's review before an
 * alert, an audit of an alert sent automatically, an auditor's answer in the monthly recall audit, a flag of a
 * past score, or the outcome a CS owner recorded on the alert's follow-through task.
 */
public enum LabelSource {
  REVIEW("review", "reviews"),
  AUDIT("audit", "audits"),
  RECALL_ANSWER("recall-audit answer", "recall-audit answers"),
  FLAG("flag", "flags"),
  /** A CS owner's outcome of an alert's follow-through: a hint, the weakest label (any other overrules it). */
  FOLLOW_THROUGH_OUTCOME("CS-owner outcome", "CS-owner outcomes");

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
