package com.sentimenttriage.gating;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.triage.Ordinals;
import com.sentimenttriage.triage.RenewalMention;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reasons a supervisor and a CS owner read beside the gate's verdict, one per line. Descriptive only: the
 * decision itself is the table's. The CS alert lists these lines as they stand when it is sent (see
 * {@code CsAlertComposer}), so wording changed here changes both.
 */
final class RiskFactors {

  private static final int LOW_HEALTH = 50;
  private static final double MENTIONED_MRR = 1000;

  private RiskFactors() {
  }

  static String describe(GateInput input, AccountTrend trend, int dropWindowDays, String topics,
      boolean accountFound) {
    List<String> factors = new ArrayList<>();
    if (!accountFound) {
      factors.add("Unattached: no account matched the requester yet");
    }
    if (input.cooldownActive()) {
      factors.add("Attached to an alert already open for this account and topic");
    }
    if (input.churnRisk()) {
      factors.add("Churn threat in the ticket");
    }
    if ("Critical".equals(input.highestTopicRisk()) || "High".equals(input.highestTopicRisk())) {
      factors.add(input.highestTopicRisk() + " topic: " + topics);
    }
    if (input.frustratedTicketsLast30Days() > 0) {
      factors.add(Ordinals.of(input.frustratedTicketsLast30Days() + 1) + " frustrated ticket in 30 days");
    }
    RenewalMention.of(input.daysToRenewal()).ifPresent(factors::add);
    if (input.mrr() >= MENTIONED_MRR) {
      factors.add("MRR " + NumberFormat.getIntegerInstance(Locale.US).format(Math.round(input.mrr())));
    }
    if (input.healthScore() != null && input.healthScore() < LOW_HEALTH) {
      factors.add("Health score " + input.healthScore());
    }
    if (trend.declining()) {
      factors.add("Sentiment dropped from " + trend.baseline().value() + " to " + trend.light().value()
          + " within " + dropWindowDays + " days");
    } else if (trend.light() == AccountTrend.Light.RED) {
      factors.add("Account sentiment is red");
    }
    return String.join("\n", factors);
  }
}
