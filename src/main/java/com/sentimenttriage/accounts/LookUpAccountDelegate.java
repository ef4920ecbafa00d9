package com.sentimenttriage.accounts;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.CLV;
import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_NAME;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HEALTH_SCORE;
import static com.sentimenttriage.triage.TriageVariables.LINK_REQUEST_ID;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.REQUESTER_EMAIL;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Attaches the requester's account to the ticket: the context every escalation decision needs. A ticket that
 * matches no account goes on unattached, and a CS manager is asked, beside the triage, to link it.
 */
@Component("lookUpAccountDelegate")
public class LookUpAccountDelegate implements JavaDelegate {

  /** How an unattached ticket enters the gate: no revenue, no known renewal. */
  static final String UNATTACHED = "Unattached";

  private final AccountDirectory accounts;
  private final UnattachedTickets unattachedTickets;
  private final Clock clock;

  public LookUpAccountDelegate(AccountDirectory accounts, UnattachedTickets unattachedTickets, Clock clock) {
    this.accounts = accounts;
    this.unattachedTickets = unattachedTickets;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Account> found = REQUESTER_EMAIL.find(execution).flatMap(accounts::findByRequesterEmail);
    ACCOUNT_FOUND.set(execution, found.isPresent());
    if (found.isEmpty()) {
      ACCOUNT_NAME.set(execution, UNATTACHED);
      PLAN.set(execution, "Unknown");
      MRR.set(execution, 0.0);
      DAYS_TO_RENEWAL.set(execution, null);
      REQUESTER_EMAIL.find(execution).ifPresent(email -> LINK_REQUEST_ID.set(execution,
          unattachedTickets.requestLink(execution.getProcessBusinessKey(), email,
              SUBJECT.find(execution).orElse(""), FRUSTRATION.find(execution).orElse(null))));
      return;
    }
    Account account = found.get();
    ACCOUNT_ID.set(execution, account.id());
    ACCOUNT_NAME.set(execution, account.name());
    PLAN.set(execution, account.plan());
    MRR.set(execution, account.mrr().doubleValue());
    CLV.set(execution, account.clv() == null ? null : account.clv().doubleValue());
    DAYS_TO_RENEWAL.set(execution, daysUntil(account.renewalDate()));
    HEALTH_SCORE.set(execution, account.healthScore());
    CS_OWNER_NAME.set(execution, account.csOwnerName());
  }

  private Integer daysUntil(LocalDate renewal) {
    return renewal == null ? null : (int) ChronoUnit.DAYS.between(LocalDate.now(clock), renewal);
  }
}
