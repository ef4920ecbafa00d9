package com.sentimenttriage.gating;

import java.util.HashMap;
import java.util.Map;

/** Everything the escalation gate reads about one ticket; unknown values (no renewal date) stay null. */
public record GateInput(
    boolean cooldownActive,
    int frustration,
    double polarity,
    String sentimentLabel,
    String highestTopicRisk,
    boolean churnRisk,
    double mrr,
    Integer daysToRenewal,
    Integer healthScore,
    String plan,
    String accountTrend,
    boolean trendDeclining,
    int frustratedTicketsLast30Days) {

  public GateInput withCooldownActive(boolean active) {
    return new GateInput(active, frustration, polarity, sentimentLabel, highestTopicRisk, churnRisk, mrr,
        daysToRenewal, healthScore, plan, accountTrend, trendDeclining, frustratedTicketsLast30Days);
  }

  /** The decision table's input variables, by the names {@link EscalationGate} declares. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(EscalationGate.COOLDOWN_ACTIVE, cooldownActive);
    variables.put(EscalationGate.FRUSTRATION, frustration);
    variables.put(EscalationGate.POLARITY, polarity);
    variables.put(EscalationGate.SENTIMENT_LABEL, sentimentLabel);
    variables.put(EscalationGate.HIGHEST_TOPIC_RISK, highestTopicRisk);
    variables.put(EscalationGate.CHURN_RISK, churnRisk);
    variables.put(EscalationGate.MRR, mrr);
    variables.put(EscalationGate.DAYS_TO_RENEWAL, daysToRenewal);
    variables.put(EscalationGate.HEALTH_SCORE, healthScore);
    variables.put(EscalationGate.PLAN, plan);
    variables.put(EscalationGate.ACCOUNT_TREND, accountTrend);
    variables.put(EscalationGate.TREND_DECLINING, trendDeclining);
    variables.put(EscalationGate.FRUSTRATED_TICKETS_LAST_30_DAYS, frustratedTicketsLast30Days);
    return variables;
  }
}
