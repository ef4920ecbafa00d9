package com.sentimenttriage.accounts;

import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.ACCOUNT_ID;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.CHOSEN_ACCOUNT;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.LINK_DECISION;

import com.sentimenttriage.accounts.LinkUnattachedTicketProcess.LinkDecision;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete "Choose account" with an account that does not exist: the form stays open with the error.
 * The form's select submits the account id as text ({@code chosenAccount}); callers of the API may give
 * {@code linkedAccountId} as a number. Either way the checked id is what the process links, as a number.
 */
@Component("checkChosenAccountListener")
public class CheckChosenAccountListener implements TaskListener {

  private final AccountDirectory accounts;

  public CheckChosenAccountListener(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = LINK_DECISION.find(task).orElse("");
    if (LinkDecision.LEAVE.value().equals(decision)) {
      return;
    }
    if (!LinkDecision.LINK.value().equals(decision)) {
      throw new ProcessEngineException("Choose whether to link the requester to an account");
    }
    Long accountId = CHOSEN_ACCOUNT.find(task).filter(chosen -> !chosen.isBlank()).map(this::parse)
        .or(() -> ACCOUNT_ID.find(task))
        .orElseThrow(() -> new ProcessEngineException("Choose the account to link"));
    if (accounts.findById(accountId).isEmpty()) {
      throw new ProcessEngineException("There is no account " + accountId);
    }
    ACCOUNT_ID.set(task, accountId);
  }

  private long parse(String chosen) {
    try {
      return Long.parseLong(chosen.strip());
    } catch (NumberFormatException e) {
      throw new ProcessEngineException("There is no account " + chosen);
    }
  }
}
