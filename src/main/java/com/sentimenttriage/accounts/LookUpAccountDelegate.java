package com.sentimenttriage.accounts;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SEEN_AT;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_STALE;
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
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Attaches the requester's account to the ticket: the context every escalation decision needs. A ticket that
 * matches no account goes on unattached, and a CS manager is asked, beside the triage, to link it.
 *
 * <p>With a CRM as the directory, the step runs as its own job (asyncBefore in the model, retry cycle R3). When the
 * CRM is unavailable the directory answers with the account's last values seen, which the ticket takes marked
 * stale; with none, the job fails and retries later, and its last attempt goes on unattached, so a ticket never
 * waits on the CRM for more than the retry cycle and never ends in an incident because of it.
 */
@Component("lookUpAccountDelegate")
public class LookUpAccountDelegate implements JavaDelegate {

  /** How an unattached ticket enters the gate: no revenue, no known renewal. */
  static final String UNATTACHED = "Unattached";
  /** When stale values were seen: ISO 8601 in UTC, to the minute, as the reviewer and the CS owner read it. */
  static final DateTimeFormatter SEEN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
      .withZone(ZoneOffset.UTC);

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
    AccountLookup lookup = REQUESTER_EMAIL.find(execution).map(accounts::lookUp)
        .orElse(AccountLookup.current(Optional.empty()));
    if (lookup.account().isEmpty() && lookup.sourceUnavailable() && !isLastAttempt(execution)) {
      throw new ProcessEngineException("The account directory is unavailable and has no values for this requester; "
          + "the lookup retries");
    }
    Optional<Account> found = lookup.account();
    ACCOUNT_FOUND.set(execution, found.isPresent());
    ACCOUNT_STALE.set(execution, lookup.isStale());
    ACCOUNT_SEEN_AT.set(execution, lookup.isStale() ? SEEN_AT.format(lookup.staleSince()) : null);
    if (found.isEmpty()) {
      ACCOUNT_NAME.set(execution, UNATTACHED);
      PLAN.set(execution, "Unknown");
      MRR.set(execution, 0.0);
      DAYS_TO_RENEWAL.set(execution, null);
      REQUESTER_EMAIL.find(execution).ifPresent(email -> LINK_REQUEST_ID.set(execution,
          unattachedTickets.requestLink(execution.getProcessBusinessKey(), email,
              SUBJECT.find(execution).orElse(""), TICKET_TEXT.find(execution).orElse(""),
              FRUSTRATION.find(execution).orElse(null))));
      return;
    }
    Account account = found.get();
    ACCOUNT_ID.set(execution, account.id());
    ACCOUNT_NAME.set(execution, account.name());
    PLAN.set(execution, account.plan());
    // A CRM may hold no MRR for the account: the gate then sees no revenue, as for an unattached ticket.
    MRR.set(execution, account.mrr() == null ? 0.0 : account.mrr().doubleValue());
    CLV.set(execution, account.clv() == null ? null : account.clv().doubleValue());
    DAYS_TO_RENEWAL.set(execution, daysUntil(account.renewalDate()));
    HEALTH_SCORE.set(execution, account.healthScore());
    CS_OWNER_NAME.set(execution, account.csOwnerName());
  }

  /**
   * True unless this runs as a job with retries left after this one. The retry cycle (a list of waits in the model)
   * sets a failed job's retries; the first run still shows the engine's default (3), so one retry left means this is
   * the last try.
   * Run without a job (synchronously), there is nothing to retry.
   */
  private static boolean isLastAttempt(DelegateExecution execution) {
    Job job = execution.getProcessEngineServices().getManagementService().createJobQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .singleResult();
    return job == null || job.getRetries() <= 1;
  }

  private Integer daysUntil(LocalDate renewal) {
    return renewal == null ? null : (int) ChronoUnit.DAYS.between(LocalDate.now(clock), renewal);
  }
}
