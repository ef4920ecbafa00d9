package com.sentimenttriage.gating;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
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
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The gate in process tests: its real steps around in-memory cooldowns and an account history with no earlier
 * tickets, or a stand-in that decides ALERT the way an edited table would.
 */
public final class GateFixtures {

  private GateFixtures() {
  }

  /** Registers the gate's steps around in-memory cooldowns and an account history with no earlier tickets. */
  public static void register(Clock clock) {
    register(clock, new InMemoryAlertCooldowns());
  }

  /** For scenarios that send many tickets of one account on purpose: no ticket is attached to another's alert. */
  public static void registerWithoutCooldown(Clock clock) {
    register(clock, NO_EARLIER_TICKETS, new InMemoryAlertCooldowns(), Duration.ZERO);
  }

  public static void register(Clock clock, AlertCooldowns cooldowns) {
    register(clock, NO_EARLIER_TICKETS, cooldowns, Duration.ofHours(24));
  }

  /** Registers the real steps of the gate (the table is the process's own business-rule task) under their names. */
  public static void register(Clock clock, AccountTrends trends, AlertCooldowns cooldowns, Duration cooldownWindow) {
    EscalationGateService gate = service(trends, cooldowns, cooldownWindow);
    Mocks.register(Beans.CHECK_ACCOUNT_CONTEXT, new CheckAccountContextDelegate(gate, clock));
    Mocks.register(Beans.CLAIM_ALERT_COOLDOWN, new ClaimAlertCooldownDelegate(gate, clock));
    Mocks.register(Beans.WEIGH_ESCALATION, new WeighEscalationDelegate(gate, clock));
  }

  /**
   * Registers the gate with {@code verdict} in place of its last step, so the stand-in's outputs are the ones the
   * rest of the process sees, as if an admin had edited the table to decide that way.
   */
  public static void registerStandIn(Clock clock, JavaDelegate verdict) {
    register(clock);
    Mocks.register(Beans.WEIGH_ESCALATION, verdict);
  }

  /** The engine-free gate service with the shipped priority weights and trend thresholds. */
  public static EscalationGateService service(AccountTrends trends, AlertCooldowns cooldowns, Duration window) {
    return new EscalationGateService(trends, cooldowns, new CooldownProperties(window),
        new PriorityCalculator(PriorityProperties.defaults()), TrendProperties.defaults(),
        AlertDelegates.PROPERTIES::recommendedActionFor);
  }

  /**
   * A stand-in for the gate that decides ALERT and writes every output the real one gives a ticket on its way to
   * review, as an edited table would: for tests of what happens after the gate. It stands in for the gate's last
   * step, "Weigh priority and risk factors" ({@link #registerStandIn}), so its outputs are the ones that count.
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

  /** An account history without earlier tickets: every account's trend is unknown. */
  public static final AccountTrends NO_EARLIER_TICKETS =
      (accountId, exceptBusinessKey, now) -> AccountTrend.of(List.of(), null, now, TrendProperties.defaults());
}
