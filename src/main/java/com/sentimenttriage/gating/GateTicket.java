package com.sentimenttriage.gating;

import com.sentimenttriage.accounts.AccountTrend;

/**
 * The ticket the escalation gate decides, as the process knows it after scoring and the account lookup. Unknown
 * account values (an unattached ticket has no renewal date or health score) stay null.
 */
public record GateTicket(
    String processInstanceId,
    String businessKey,
    Long accountId,
    boolean accountFound,
    String topics,
    int frustration,
    double polarity,
    String sentimentLabel,
    String ticketText,
    String highestTopicRisk,
    boolean churnRisk,
    double mrr,
    Double clv,
    Integer daysToRenewal,
    Integer healthScore,
    String plan) {

  /** What the decision table reads about this ticket, given its account's trend and whether an alert is open. */
  public GateInput input(AccountTrend trend, boolean cooldownActive) {
    return new GateInput(cooldownActive, frustration, polarity, sentimentLabel, highestTopicRisk, churnRisk, mrr,
        daysToRenewal, healthScore, plan, trend.light().value(), trend.declining(),
        trend.frustratedTicketsLast30Days());
  }
}
