package com.sentimenttriage.accounts;

import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.ACCOUNT_ID;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.REQUESTER_EMAIL;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.TICKET_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the requester as a contact of the chosen account, so their next ticket is attached at once, and
 * counts the linked ticket in the account's sentiment trend.
 */
@Component("linkRequesterToAccountDelegate")
public class LinkRequesterToAccountDelegate implements JavaDelegate {

  private final AccountDirectory accounts;
  private final JdbcTemplate jdbc;

  public LinkRequesterToAccountDelegate(AccountDirectory accounts, JdbcTemplate jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long accountId = ACCOUNT_ID.get(execution);
    if (!accounts.rememberContact(REQUESTER_EMAIL.get(execution), accountId)) {
      throw new IllegalStateException("Account " + accountId + " no longer exists");
    }
    jdbc.update("update scored_ticket set account_id = ? where business_key = ? and account_id is null",
        accountId, TICKET_REFERENCE.get(execution));
  }
}
