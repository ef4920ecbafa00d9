package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_SLA;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.alerting.AlertLinks;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.triage.DurationInWords;
import com.sentimenttriage.triage.TaskTitle;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TicketTriageProcess.Elements;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * What happens to a review nobody did in time: the CS managers become candidates of the task (the supervisors stay
 * candidates too) and the account's CS manager, or the CS managers' mailbox, gets an e-mail.
 */
@Component
public class OverdueReviews {

  /** Which of the two timers fired. */
  public enum Overdue { FIRST_NOTICE, REMINDER }

  private final JavaMailSender mailSender;
  private final AccountDirectory accounts;
  private final AlertProperties alertProperties;

  public OverdueReviews(JavaMailSender mailSender, AccountDirectory accounts, AlertProperties alertProperties) {
    this.mailSender = mailSender;
    this.accounts = accounts;
    this.alertProperties = alertProperties;
  }

  /**
   * "within its SLA of 4 hours", "within twice its SLA of 4 hours (8 hours)": in words, as the manager reads it,
   * not ISO 8601.
   */
  static String late(String sla, Overdue overdue) {
    Duration duration = parse(sla);
    if (duration == null) {
      return overdue == Overdue.FIRST_NOTICE ? "within its SLA" : "within twice its SLA";
    }
    String words = DurationInWords.of(duration);
    return overdue == Overdue.FIRST_NOTICE ? "within its SLA of " + words
        : "within twice its SLA of " + words + " (" + DurationInWords.of(duration.multipliedBy(2)) + ")";
  }

  private static Duration parse(String sla) {
    try {
      return sla == null || sla.isBlank() ? null : Duration.parse(sla.strip());
    } catch (DateTimeParseException notADuration) {
      return null;
    }
  }

  public void escalate(DelegateExecution execution, Overdue overdue) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task review = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.REVIEW_ESCALATION).singleResult();
    if (review == null) {
      return;
    }
    tasks.addCandidateGroup(review.getId(), TicketTriageProcess.Groups.CS_MANAGERS);
    // Tasklist's cards show the name: an overdue review says so where CS managers, newly candidates, look first.
    String marked = TaskTitle.overdue(review.getName());
    if (!marked.equals(review.getName())) {
      review.setName(marked);
      tasks.saveTask(review);
    }

    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(alertProperties.from());
    mail.setTo(ACCOUNT_ID.find(execution).flatMap(accounts::findById).map(Account::csManagerEmail)
        .filter(email -> !email.isBlank()).orElse(alertProperties.fallbackRecipient()));
    String ticket = TICKET_ID.get(execution);
    String account = ACCOUNT_NAME.find(execution).orElse("unknown account");
    mail.setSubject(String.format(Locale.ROOT, "[%s] %s: escalation of ticket %s %s", SEVERITY.get(execution),
        overdue == Overdue.FIRST_NOTICE ? "Review overdue" : "Reminder, review still open", ticket, account));
    mail.setText(String.format(Locale.ROOT, """
        Hello,

        the escalation of ticket %s (%s) has not been reviewed %s.
        CS managers can now take the task "%s" in Tasklist:
        %s

        --
        sentiment-triage
        """, ticket, account, late(REVIEW_SLA.find(execution).orElse(null), overdue), review.getName(),
        new AlertLinks(alertProperties).tasklist(review.getId())));
    mailSender.send(mail);
  }
}
