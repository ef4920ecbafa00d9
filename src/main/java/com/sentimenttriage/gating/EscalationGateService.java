package com.sentimenttriage.gating;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.TrendProperties;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the escalation gate does around its decision table, without the engine: the table itself is evaluated
 * by the process (business-rule task "Decide escalation"), so an admin's table is named in the model and its latest
 * version applies to the next ticket.
 *
 * <ol>
 *   <li>{@link #accountContext}: before the table, the account's trend and whether an alert for the account and topic
 *       (or the thread) is open; both are table inputs.</li>
 *   <li>{@link #claimCooldown}: after the table. When it says ALERT, the cooldown keys are claimed; a ticket that
 *       loses that race to a concurrent one is decided again with the cooldown active, so two tickets never both
 *       alert. A ticket that does not alert while an alert is open is attached to it.</li>
 *   <li>{@link #weigh}: the final decision's recommended action (the rule's, else the severity's configured one), the
 *       review priority and the risk factors the supervisor and the CS owner read.</li>
 * </ol>
 */
public class EscalationGateService {

  private final AccountTrends trends;
  private final AlertCooldowns cooldowns;
  private final CooldownProperties cooldown;
  private final PriorityCalculator priorities;
  private final TrendProperties trendProperties;
  private final RecommendedActions recommendedActions;

  public EscalationGateService(AccountTrends trends, AlertCooldowns cooldowns, CooldownProperties cooldown,
      PriorityCalculator priorities, TrendProperties trendProperties, RecommendedActions recommendedActions) {
    this.trends = trends;
    this.cooldowns = cooldowns;
    this.cooldown = cooldown;
    this.priorities = priorities;
    this.trendProperties = trendProperties;
    this.recommendedActions = recommendedActions;
  }

  /** The account's recent sentiment and the alert open for this ticket's cooldown keys, if any. */
  public record AccountContext(AccountTrend trend, Optional<OpenAlert> openAlert) {

    public boolean cooldownActive() {
      return openAlert.isPresent();
    }
  }

  /**
   * What claiming the cooldown came to.
   *
   * @param openAlert   the alert this ticket stands beside (lost the race to, or is attached to); empty when none is
   *                    open or this ticket holds the cooldown now
   * @param decideAgain true when another ticket claimed the cooldown first: the table decides again with the
   *                    cooldown active, and this is called once more with that decision
   * @param attached    true when this ticket was attached to {@code openAlert} (its review task gets a note)
   */
  public record CooldownClaim(Optional<OpenAlert> openAlert, boolean decideAgain, boolean attached) {
  }

  /** The outputs derived from the final decision. */
  public record Verdict(String recommendedAction, int priority, String riskFactors) {
  }

  public AccountContext accountContext(GateTicket ticket, Instant now) {
    return new AccountContext(accountTrend(ticket, now), cooldowns.findOpen(keysOf(ticket), now));
  }

  /** The account's trend from its other tickets: this one is not a risk factor of its own (AccountTrends#trendOf). */
  public AccountTrend accountTrend(GateTicket ticket, Instant now) {
    return ticket.accountId() == null ? AccountTrend.NONE
        : trends.trendOf(ticket.accountId(), ticket.businessKey(), now);
  }

  /**
   * Claims the cooldown for a ticket the table alerts on, or attaches a ticket that does not alert to the open alert.
   *
   * @param openAlert the alert found open before the table ({@link #accountContext}), or the one that won the race
   *                  when this is the second decision; empty when none was open
   */
  public CooldownClaim claimCooldown(GateTicket ticket, boolean alerts, Optional<OpenAlert> openAlert, Instant now) {
    if (alerts && openAlert.isEmpty()) {
      Optional<OpenAlert> winner = cooldowns.claim(keysOf(ticket), ticket.accountId(), ticket.processInstanceId(),
          ticket.businessKey(), now, cooldown.window());
      return new CooldownClaim(winner, winner.isPresent(), false);
    }
    // An alert open while the table still alerts (an admin's rule may say so) leaves this ticket alerting beside
    // it: claiming keys another alert holds would only lose.
    if (openAlert.isPresent() && !alerts) {
      OpenAlert alert = openAlert.get();
      cooldowns.attach(alert, ticket.processInstanceId(), ticket.businessKey(), ticket.accountId(),
          ticket.frustration(), now);
      return new CooldownClaim(openAlert, false, true);
    }
    return new CooldownClaim(openAlert, false, false);
  }

  public Verdict weigh(GateTicket ticket, GateDecision decision, AccountTrend trend, boolean cooldownActive) {
    GateInput input = ticket.input(trend, cooldownActive);
    int priority = priorities.priority(ticket.frustration(), ticket.mrr(), ticket.clv(), decision.severity(),
        ticket.daysToRenewal());
    String factors = RiskFactors.describe(input, trend, trendProperties.dropWindowDays(), ticket.topics(),
        ticket.accountFound());
    // The factors are the ones this class knows (churn, topic, renewal, MRR, health, trend...); a very frustrated
    // ticket from a small, healthy, calm account alerts with none of them. The supervisor and the CS owner then read
    // the rule's reason, on every path, reviewed or not.
    return new Verdict(recommendedAction(decision), priority, factors.isBlank() ? decision.reason() : factors);
  }

  /**
   * The rule's recommended action, or the configured one for its severity ({@code triage.alerts.recommended-action})
   * when the rule leaves the cell empty: an admin may edit a rule without wording an action, and the ticket is then
   * no less worth escalating. Filled in here, where the gate's outputs are written, and nowhere else, so the review
   * form, the alert after a review and the alert without one all carry the same text.
   */
  private String recommendedAction(GateDecision decision) {
    String fromRule = decision.recommendedAction();
    return fromRule == null || fromRule.isBlank() ? recommendedActions.forSeverity(decision.severity()) : fromRule;
  }

  private static List<String> keysOf(GateTicket ticket) {
    return AlertCooldowns.keysFor(ticket.accountId(), ticket.topics(), ticket.businessKey());
  }
}
