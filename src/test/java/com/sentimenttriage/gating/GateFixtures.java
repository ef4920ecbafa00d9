package com.sentimenttriage.gating;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import com.sentimenttriage.triage.TriageVariables.EscalationAction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The gate in process tests: the real delegate around in-memory cooldowns and an account history with no earlier
 * tickets, or a stand-in that decides ALERT the way an edited table would.
 */
public final class GateFixtures {

  private GateFixtures() {
  }

  public static DecideEscalationDelegate decideEscalationDelegate(Clock clock) {
    return decideEscalationDelegate(clock, new InMemoryAlertCooldowns());
  }

  /** For scenarios that send many tickets of one account on purpose: no ticket is attached to another's alert. */
  public static DecideEscalationDelegate decideEscalationDelegateWithoutCooldown(Clock clock) {
    return decideEscalationDelegate(clock, new InMemoryAlertCooldowns(), Duration.ZERO);
  }

  public static DecideEscalationDelegate decideEscalationDelegate(Clock clock, AlertCooldowns cooldowns) {
    return decideEscalationDelegate(clock, cooldowns, Duration.ofHours(24));
  }

  /**
   * A stand-in for the gate that decides ALERT and writes every output the real one gives a ticket on its way to
   * review, as an edited table would: for tests of what happens after the gate.
   */
  public static JavaDelegate alert(String reviewSla, int priority, String riskFactors) {
    return execution -> {
      TriageVariables.ESCALATION_ACTION.set(execution, EscalationAction.ALERT.name());
      TriageVariables.SEVERITY.set(execution, "High");
      TriageVariables.ESCALATION_REASON.set(execution, "Very frustrated customer");
      TriageVariables.REVIEW_SLA.set(execution, reviewSla);
      TriageVariables.RECOMMENDED_ACTION.set(execution, "Book a call within 24 hours");
      TriageVariables.PRIORITY.set(execution, priority);
      TriageVariables.RISK_FACTORS.set(execution, riskFactors);
    };
  }

  /** The gate table as shipped in processes/, for tests that deploy an admin's edit of it. */
  public static String shippedTable() throws IOException {
    try (InputStream in = GateFixtures.class.getClassLoader().getResourceAsStream(TicketTriageProcess.GATE_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Deploys {@code table} as the newest version of the gate, as a process admin does; returns the deployment id. */
  public static String deploy(RepositoryService repository, String name, String table) {
    return repository.createDeployment().name(name).addString(TicketTriageProcess.GATE_RESOURCE, table).deploy()
        .getId();
  }

  private static DecideEscalationDelegate decideEscalationDelegate(Clock clock, AlertCooldowns cooldowns,
      Duration cooldownWindow) {
    return new DecideEscalationDelegate(
        (accountId, exceptBusinessKey, now) -> AccountTrend.of(List.of(), null, now, TrendProperties.defaults()),
        cooldowns,
        new PriorityCalculator(PriorityProperties.defaults()),
        new CooldownProperties(cooldownWindow),
        TrendProperties.defaults(),
        AlertDelegates.PROPERTIES,
        clock);
  }
}
