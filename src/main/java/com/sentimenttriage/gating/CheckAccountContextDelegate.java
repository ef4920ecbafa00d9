package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SENTIMENT_30D;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SENTIMENT_7D;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND_DECLINING;
import static com.sentimenttriage.triage.TriageVariables.COOLDOWN_ACTIVE;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATED_TICKETS_LAST_30_DAYS;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.gating.EscalationGateService.AccountContext;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check account trend and open alerts": the escalation table's inputs the ticket does not carry, namely the
 * account's sentiment trend and whether an alert for its account and topic (or thread) is open.
 */
@Component("checkAccountContextDelegate")
public class CheckAccountContextDelegate implements JavaDelegate {

  private final EscalationGateService gate;
  private final Clock clock;

  public CheckAccountContextDelegate(EscalationGateService gate, Clock clock) {
    this.gate = gate;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AccountContext context = gate.accountContext(GateSteps.ticket(execution), clock.instant());

    AccountTrend trend = context.trend();
    ACCOUNT_TREND.set(execution, trend.light().value());
    ACCOUNT_TREND_DECLINING.set(execution, trend.declining());
    ACCOUNT_SENTIMENT_7D.set(execution, trend.average7d());
    ACCOUNT_SENTIMENT_30D.set(execution, trend.average30d());
    FRUSTRATED_TICKETS_LAST_30_DAYS.set(execution, trend.frustratedTicketsLast30Days());
    COOLDOWN_ACTIVE.set(execution, context.cooldownActive());
    GateSteps.ACCOUNT_TREND_READ.setTransient(execution, trend);
    GateSteps.OPEN_ALERT.setTransient(execution, context.openAlert().orElse(null));
  }
}
