package com.sentimenttriage.recall;

import static com.sentimenttriage.recall.RecallAuditProcess.Variables.AUDITED_TICKET;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.AUDIT_COMMENT;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.SHOULD_HAVE_ESCALATED;
import static com.sentimenttriage.recall.RecallAuditProcess.Variables.TICKET_SCORED_AT;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ACTION;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.POLARITY;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.scoring.TicketText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the sampled ticket's masked text and scores on this audit task's own scope, with empty answers there too:
 * each of the parallel tasks shows its own ticket, and an answer stays with its task instead of the whole audit.
 * The ticket's subject and account name are there too, for the task's name in Tasklist ({@link AuditTaskListener}).
 */
@Component(RecallAuditProcess.Beans.LOAD_TICKET_FOR_AUDIT)
public class LoadTicketForAuditDelegate implements JavaDelegate {

  private static final DateTimeFormatter SCORED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final RecallAudits audits;
  private final AccountDirectory accounts;

  public LoadTicketForAuditDelegate(RecallAudits audits, AccountDirectory accounts) {
    this.audits = audits;
    this.accounts = accounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = AUDITED_TICKET.get(execution);
    RecallAudits.AuditedTicket ticket = audits.ticket(businessKey)
        .orElseThrow(() -> new IllegalStateException("Sampled ticket " + businessKey + " is no longer stored"));
    TICKET_TEXT.setLocal(execution, ticket.maskedText() == null ? "(no text stored)" : ticket.maskedText());
    POLARITY.setLocal(execution, ticket.polarity());
    FRUSTRATION.setLocal(execution, ticket.frustration());
    SENTIMENT_LABEL.setLocal(execution, ticket.label());
    TOPICS.setLocal(execution, ticket.topics() == null || ticket.topics().isBlank() ? "None" : ticket.topics());
    ESCALATION_ACTION.setLocal(execution, ticket.escalationAction());
    TICKET_SCORED_AT.setLocal(execution, SCORED_AT.format(ticket.scoredAt()));
    SUBJECT.setLocal(execution, TicketText.subjectOf(ticket.maskedText()));
    ACCOUNT_NAME.setLocal(execution, ticket.accountId() == null ? null
        : accounts.findById(ticket.accountId()).map(Account::name).orElse(null));
    SHOULD_HAVE_ESCALATED.setLocal(execution, null);
    AUDIT_COMMENT.setLocal(execution, null);
  }
}
