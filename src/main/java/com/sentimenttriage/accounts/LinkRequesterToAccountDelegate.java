package com.sentimenttriage.accounts;

import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.ACCOUNT_ID;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.REQUESTER_EMAIL;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.TICKET_REFERENCE;

import com.sentimenttriage.records.ScoredTicketStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Remembers the requester as a contact of the chosen account, so their next ticket is attached at once, and
 * counts the linked ticket in the account's sentiment trend.
 */
@Component("linkRequesterToAccountDelegate")
public class LinkRequesterToAccountDelegate implements JavaDelegate {

  private final AccountDirectory accounts;
  private final ScoredTicketStore tickets;

  public LinkRequesterToAccountDelegate(AccountDirectory accounts, ScoredTicketStore tickets) {
    this.accounts = accounts;
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long accountId = ACCOUNT_ID.get(execution);
    if (!accounts.rememberContact(REQUESTER_EMAIL.get(execution), accountId)) {
      throw new IllegalStateException("Account " + accountId + " no longer exists");
    }
    tickets.linkAccount(TICKET_REFERENCE.get(execution), accountId);
  }
}
