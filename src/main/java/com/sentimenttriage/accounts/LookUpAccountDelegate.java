package com.sentimenttriage.accounts;

import static com.sentimenttriage.triage.TemplateVariables.TEXT;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
 *
 * <p>"Look up customer account" (.camunda/element-templates/look-up-customer-account.json): reads only its input
 * parameters and sets every output as a local variable (null when there is none), so each output mapping resolves.
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
    Map<String, Object> inputs = execution.getVariablesLocal();
    Optional<String> email = REQUESTER_EMAIL.find(inputs);
    AccountLookup lookup = email.map(accounts::lookUp).orElse(AccountLookup.current(Optional.empty()));
    if (lookup.account().isEmpty() && lookup.sourceUnavailable() && !isLastAttempt(execution)) {
      throw new ProcessEngineException("The account directory is unavailable and has no values for this requester; "
          + "the lookup retries");
    }
    Optional<Account> found = lookup.account();
    ACCOUNT_FOUND.setLocal(execution, found.isPresent());
    ACCOUNT_STALE.setLocal(execution, lookup.isStale());
    ACCOUNT_SEEN_AT.setLocal(execution, lookup.isStale() ? SEEN_AT.format(lookup.staleSince()) : null);
    Account account = found.orElse(null);
    ACCOUNT_ID.setLocal(execution, account == null ? null : account.id());
    ACCOUNT_NAME.setLocal(execution, account == null ? UNATTACHED : account.name());
    PLAN.setLocal(execution, account == null ? "Unknown" : account.plan());
    // A CRM may hold no MRR for the account: the gate then sees no revenue, as for an unattached ticket.
    MRR.setLocal(execution, account == null || account.mrr() == null ? 0.0 : account.mrr().doubleValue());
    CLV.setLocal(execution, account == null || account.clv() == null ? null : account.clv().doubleValue());
    DAYS_TO_RENEWAL.setLocal(execution, account == null ? null : daysUntil(account.renewalDate()));
    HEALTH_SCORE.setLocal(execution, account == null ? null : account.healthScore());
    CS_OWNER_NAME.setLocal(execution, account == null ? null : account.csOwnerName());
    LINK_REQUEST_ID.setLocal(execution, account != null || email.isEmpty() ? null
        : unattachedTickets.requestLink(execution.getProcessBusinessKey(), email.get(),
            SUBJECT.find(inputs).orElse(""), TEXT.find(inputs).orElse(""), FRUSTRATION.find(inputs).orElse(null)));
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
