package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.COOLDOWN_ACTIVE;

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

    GateSteps.handOverTrend(execution, context.trend());
    COOLDOWN_ACTIVE.set(execution, context.cooldownActive());
    GateSteps.handOverOpenAlert(execution, context.openAlert());
  }
}
