package com.sentimenttriage.gating;

/** Names of the escalation gate's input variables and output columns (processes/escalation-gate.dmn). */
public final class EscalationGate {

  // Outputs
  public static final String ACTION = "action";
  public static final String SEVERITY = "severity";
  public static final String REVIEW_SLA = "reviewSla";
  public static final String RECOMMENDED_ACTION = "recommendedAction";
  public static final String REASON = "reason";

  // Inputs
  public static final String COOLDOWN_ACTIVE = "cooldownActive";
  public static final String FRUSTRATION = "frustration";
  public static final String POLARITY = "polarity";
  public static final String SENTIMENT_LABEL = "sentimentLabel";
  public static final String HIGHEST_TOPIC_RISK = "highestTopicRisk";
  public static final String CHURN_RISK = "churnRisk";
  public static final String MRR = "mrr";
  public static final String DAYS_TO_RENEWAL = "daysToRenewal";
  public static final String HEALTH_SCORE = "healthScore";
  public static final String PLAN = "plan";
  public static final String ACCOUNT_TREND = "accountTrend";
  public static final String TREND_DECLINING = "trendDeclining";
  public static final String FRUSTRATED_TICKETS_LAST_30_DAYS = "frustratedTicketsLast30Days";

  private EscalationGate() {
  }
}
