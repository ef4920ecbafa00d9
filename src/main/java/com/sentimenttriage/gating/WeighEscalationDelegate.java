package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.COOLDOWN_ACTIVE;
import static com.sentimenttriage.triage.TriageVariables.PRIORITY;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.RISK_FACTORS;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.gating.EscalationGateService.Verdict;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Weigh priority and risk factors", once the table's decision is final: the review priority, the risk factors,
 * and the recommended action where the rule gives none.
 */
@Component("weighEscalationDelegate")
public class WeighEscalationDelegate implements JavaDelegate {

  private final EscalationGateService gate;
  private final Clock clock;

  public WeighEscalationDelegate(EscalationGateService gate, Clock clock) {
    this.gate = gate;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GateTicket ticket = GateSteps.ticket(execution);
    // Handed over by the check step in the same transaction; read again only if a model runs the steps apart.
    AccountTrend trend = GateSteps.trendHandedOver(execution)
        .orElseGet(() -> gate.accountTrend(ticket, clock.instant()));
    Verdict verdict = gate.weigh(ticket, GateSteps.decision(execution), trend,
        COOLDOWN_ACTIVE.find(execution).orElse(false));

    RECOMMENDED_ACTION.set(execution, verdict.recommendedAction());
    PRIORITY.set(execution, verdict.priority());
    RISK_FACTORS.set(execution, verdict.riskFactors());
  }
}
