package com.sentimenttriage.accounts;

import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.CANDIDATE_ACCOUNTS;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.REQUESTER_EMAIL;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.SUBJECT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sentimenttriage.triage.TaskTitle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Readies "Choose account" when it is created: its name says whose ticket it is ("Choose account — newcorp.example:
 * Invoice wrong"), and {@code candidateAccounts} holds the accounts the form's searchable select offers, so a CS
 * manager finds and picks the company in the form instead of looking its id up elsewhere. Accounts whose name
 * resembles the requester's company domain come first.
 */
@Component("prepareChooseAccountListener")
public class PrepareChooseAccountListener implements TaskListener {

  /** As many as the account API lists at once; a CRM with more is searched there. */
  static final int MAX_CANDIDATES = 500;
  private static final Logger LOG = LoggerFactory.getLogger(PrepareChooseAccountListener.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AccountDirectory accounts;

  public PrepareChooseAccountListener(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  @Override
  public void notify(DelegateTask task) {
    String domain = domainOf(REQUESTER_EMAIL.find(task).orElse(""));
    task.setName(TaskTitle.of(task.getName(), domain, SUBJECT.find(task).orElse(""), null));
    CANDIDATE_ACCOUNTS.set(task, SpinValues.jsonValue(options(candidates(domain)).toString()).create());
  }

  /**
   * The directory's accounts, the likely ones first. A directory that fails (a CRM that is down) offers none rather
   * than failing the triage job that asked for the link; the manager can leave the ticket or come back to it.
   */
  private List<Account> candidates(String domain) {
    List<Account> found;
    try {
      found = accounts.search("", MAX_CANDIDATES);
    } catch (RuntimeException e) {
      LOG.warn("Could not list the accounts to choose from: {}", e.toString());
      return List.of();
    }
    String company = companyPart(domain);
    return found.stream()
        .sorted(Comparator.comparing((Account a) -> !resembles(a.name(), company)).thenComparing(Account::name,
            String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  static ArrayNode options(List<Account> accounts) {
    ArrayNode options = JSON.createArrayNode();
    for (Account account : accounts) {
      // The id as text: Tasklist submits a select's value as it is, and the form's contract holds a choice to text.
      options.addObject().put("label", label(account)).put("value", Long.toString(account.id()));
    }
    return options;
  }

  static String label(Account account) {
    StringBuilder label = new StringBuilder(account.name()).append(" (").append(account.plan());
    if (account.csOwnerName() != null && !account.csOwnerName().isBlank()) {
      label.append(", CS owner ").append(account.csOwnerName());
    }
    return label.append(", id ").append(account.id()).append(')').toString();
  }

  static String domainOf(String email) {
    int at = email.lastIndexOf('@');
    return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
  }

  /** "globex" of "it.globex-logistics.example": the label before the public suffix, up to its first dash. */
  private static String companyPart(String domain) {
    String[] labels = domain.split("\\.");
    if (labels.length < 2) {
      return "";
    }
    return labels[labels.length - 2].split("-")[0];
  }

  private static boolean resembles(String accountName, String company) {
    return company.length() >= 3 && accountName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
        .contains(company);
  }
}
