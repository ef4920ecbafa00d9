package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.ANOTHER_TICKET_ALERTED_FIRST;
import static com.sentimenttriage.triage.TriageVariables.ATTACHED_TO_ALERT;
import static com.sentimenttriage.triage.TriageVariables.COOLDOWN_ACTIVE;

import com.sentimenttriage.gating.EscalationGateService.CooldownClaim;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Claim alert cooldown", after "Decide escalation": a ticket the table alerts on claims its account's cooldown; one
 * that lost the claim to a concurrent ticket goes back to the table with the cooldown active (the model's gateway
 * "Another ticket alerted first?"); one that does not alert while an alert is open is attached to it, and the open
 * alert's review task gets a line in its form's attached tickets.
 */
@Component("claimAlertCooldownDelegate")
public class ClaimAlertCooldownDelegate implements JavaDelegate {

  private final EscalationGateService gate;
  private final Clock clock;

  public ClaimAlertCooldownDelegate(EscalationGateService gate, Clock clock) {
    this.gate = gate;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    GateTicket ticket = GateSteps.ticket(execution);
    GateDecision decision = GateSteps.decision(execution);
    CooldownClaim claim = gate.claimCooldown(ticket, decision.alerts(), openAlert(execution, ticket, now), now);

    ANOTHER_TICKET_ALERTED_FIRST.setTransient(execution, claim.decideAgain());
    if (claim.decideAgain()) {
      COOLDOWN_ACTIVE.set(execution, true);
      GateSteps.handOverOpenAlert(execution, Optional.of(claim.openAlert().orElseThrow()));
      return;
    }
    if (claim.attached()) {
      OpenReviewNotes.noteAttachedTicket(claim.openAlert().orElseThrow(), execution, ticket, now);
    }
    ATTACHED_TO_ALERT.set(execution, claim.openAlert().map(OpenAlert::processInstanceId).orElse(null));
  }

  /**
   * The alert handed over by the check step or by the lost claim. Looked up again only when the model runs the
   * steps apart (a transaction boundary dropped the handover), which the triage process does not.
   */
  private Optional<OpenAlert> openAlert(DelegateExecution execution, GateTicket ticket, Instant now) {
    Optional<OpenAlert> handedOver = GateSteps.openAlertHandedOver(execution);
    if (handedOver.isPresent() || !COOLDOWN_ACTIVE.find(execution).orElse(false)) {
      return handedOver;
    }
    return gate.accountContext(ticket, now).openAlert();
  }
}
