package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SENTIMENT_30D;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SENTIMENT_7D;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND_DECLINING;
import static com.sentimenttriage.triage.TriageVariables.ATTACHED_TICKETS;
import static com.sentimenttriage.triage.TriageVariables.ATTACHED_TO_ALERT;
import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.CLV;
import static com.sentimenttriage.triage.TriageVariables.COOLDOWN_ACTIVE;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATED_TICKETS_LAST_30_DAYS;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HEALTH_SCORE;
import static com.sentimenttriage.triage.TriageVariables.HIGHEST_TOPIC_RISK;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.POLARITY;
import static com.sentimenttriage.triage.TriageVariables.PRIORITY;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_SLA;
import static com.sentimenttriage.triage.TriageVariables.RISK_FACTORS;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Asks the escalation gate decision table what to do with a scored ticket, in its account's context. The table,
 * not this class, holds the rules; evaluating the latest deployed version by key means an admin's redeployment
 * takes effect for the next ticket without a restart.
 *
 * <p>Cooldown: the table sees whether an alert for the account and topic (or the thread) is open. When it still
 * says ALERT, the cooldown keys are claimed in the database; a ticket that loses that race to a concurrent one
 * is decided again as attached, so two tickets never both alert.
 */
@Component("decideEscalationDelegate")
public class DecideEscalationDelegate implements JavaDelegate {

  private final AccountTrends trends;
  private final AlertCooldowns cooldowns;
  private final PriorityCalculator priorities;
  private final CooldownProperties cooldown;
  private final TrendProperties trendProperties;
  private final AlertProperties alerts;
  private final Clock clock;

  public DecideEscalationDelegate(AccountTrends trends, AlertCooldowns cooldowns, PriorityCalculator priorities,
      CooldownProperties cooldown, TrendProperties trendProperties, AlertProperties alerts, Clock clock) {
    this.trends = trends;
    this.cooldowns = cooldowns;
    this.priorities = priorities;
    this.cooldown = cooldown;
    this.trendProperties = trendProperties;
    this.alerts = alerts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    Long accountId = ACCOUNT_ID.find(execution).orElse(null);
    int frustration = FRUSTRATION.get(execution);
    double polarity = POLARITY.get(execution);
    // The account's other tickets only: this one is not a risk factor of its own (see AccountTrends#trendOf).
    AccountTrend trend = accountId == null ? AccountTrend.NONE
        : trends.trendOf(accountId, execution.getProcessBusinessKey(), now);
    List<String> keys = AlertCooldowns.keysFor(accountId, TOPICS.find(execution).orElse(""),
        execution.getProcessBusinessKey());
    Optional<OpenAlert> open = cooldowns.findOpen(keys, now);

    GateInput input = new GateInput(
        open.isPresent(),
        frustration,
        polarity,
        SENTIMENT_LABEL.get(execution),
        HIGHEST_TOPIC_RISK.find(execution).orElse("None"),
        CHURN_RISK.find(execution).orElse(false),
        MRR.find(execution).orElse(0.0),
        DAYS_TO_RENEWAL.find(execution).orElse(null),
        HEALTH_SCORE.find(execution).orElse(null),
        PLAN.find(execution).orElse("Unknown"),
        trend.light().value(),
        trend.declining(),
        trend.frustratedTicketsLast30Days());
    DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
    GateDecision decision = decide(decisions, input);
    if (decision.alerts()) {
      open = cooldowns.claim(keys, accountId, execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
          now, cooldown.window());
      if (open.isPresent()) {
        input = input.withCooldownActive(true);
        decision = decide(decisions, input);
      }
    }
    if (open.isPresent() && !decision.alerts()) {
      cooldowns.attach(open.get(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(), accountId,
          frustration, now);
      noteOnOpenReview(open.get(), execution, decision, now);
    }

    ESCALATION_ACTION.set(execution, decision.action());
    SEVERITY.set(execution, decision.severity());
    ESCALATION_REASON.set(execution, decision.reason());
    REVIEW_SLA.set(execution, decision.reviewSla());
    RECOMMENDED_ACTION.set(execution, recommendedAction(decision));
    PRIORITY.set(execution, priorities.priority(frustration, input.mrr(), CLV.find(execution).orElse(null),
        decision.severity(), input.daysToRenewal()));
    String factors = RiskFactors.describe(input, trend, trendProperties.dropWindowDays(),
        TOPICS.find(execution).orElse(""), ACCOUNT_FOUND.find(execution).orElse(false));
    // The factors are the ones this class knows (churn, topic, renewal, MRR, health, trend...); a very frustrated
    // ticket from a small, healthy, calm account alerts with none of them. The supervisor and the CS owner then read
    // the rule's reason, on every path, reviewed or not.
    RISK_FACTORS.set(execution, factors.isBlank() ? decision.reason() : factors);
    ACCOUNT_TREND.set(execution, trend.light().value());
    ACCOUNT_TREND_DECLINING.set(execution, trend.declining());
    ACCOUNT_SENTIMENT_7D.set(execution, trend.average7d());
    ACCOUNT_SENTIMENT_30D.set(execution, trend.average30d());
    FRUSTRATED_TICKETS_LAST_30_DAYS.set(execution, trend.frustratedTicketsLast30Days());
    COOLDOWN_ACTIVE.set(execution, input.cooldownActive());
    ATTACHED_TO_ALERT.set(execution, open.map(OpenAlert::processInstanceId).orElse(null));
  }

  /**
   * The rule's recommended action, or the configured one for its severity ({@code triage.alerts.recommended-action})
   * when the rule leaves the cell empty: an admin may edit a rule without wording an action, and the ticket is then
   * no less worth escalating. Filled in here, where the gate's outputs are written, and nowhere else, so the review
   * form, the alert after a review and the alert without one all carry the same text.
   */
  private String recommendedAction(GateDecision decision) {
    String fromRule = decision.recommendedAction();
    return fromRule == null || fromRule.isBlank() ? alerts.recommendedActionFor(decision.severity()) : fromRule;
  }

  private static GateDecision decide(DecisionService decisions, GateInput input) {
    return GateDecision.of(decisions.evaluateDecisionByKey(TicketTriageProcess.GATE_DECISION_KEY)
        .variables(input.variables())
        .evaluate()
        .getSingleResult());
  }

  /**
   * Leaves a comment on the open alert's review task, if it still waits for a supervisor, so the reviewer sees
   * the new ticket. Only the comment is written ({@link ReviewNotes}), so this never conflicts with the reviewer
   * completing the task, nor with another ticket's note at the same moment.
   *
   * <p>The tasks are read with the engine's plain lookup by instance, in this delegate's command: a task query
   * assembles Camunda's generic task SQL (authorization, tenants, dozens of optional criteria) each time, which
   * was 7 % of the job executor's CPU under load, as many tickets of an account in trouble arrive during its
   * cooldown.
   */
  private static void noteOnOpenReview(OpenAlert alert, DelegateExecution execution, GateDecision decision,
      Instant now) {
    List<TaskEntity> open = Context.getCommandContext().getTaskManager()
        .findTasksByProcessInstanceId(alert.processInstanceId());
    boolean listed = false;
    for (TaskEntity task : open) {
      if (task.isSuspended()) {
        continue;
      }
      ReviewNotes.add(task, "Another ticket from this account: "
          + execution.getProcessBusinessKey() + " (frustration " + FRUSTRATION.get(execution) + ", "
          + decision.severity() + "), attached to this alert.");
      if (!listed) {
        // The comment is Camunda's admins' to read only; every reviewer reads the form's attachedTickets. Its one
        // variable row is written, never the task's: two tickets attached at the same moment may still conflict on
        // it, and the later one's job then runs again (rare: the same account, the same instant).
        ATTACHED_TICKETS.set(task.getExecution(), AttachedTicketLines.append(
            ATTACHED_TICKETS.find(task.getExecution()).orElse(null),
            AttachedTicketLines.line(now, execution.getProcessBusinessKey(), FRUSTRATION.get(execution),
                SENTIMENT_LABEL.find(execution).orElse(null), TICKET_TEXT.find(execution).orElse(null))));
        listed = true;
      }
    }
  }
}
