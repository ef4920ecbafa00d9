package com.sentimenttriage.support;

import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ALERT_CS_OWNER;

import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alerts about to go out on the real engine: an account of a test's own with its CS owner, and triage instances
 * started at "Alert CS owner" for it, so the job executor mails, posts to chat and opens the follow-through.
 */
public final class AlertsGoingOut {

  private AlertsGoingOut() {
  }

  /** A new account of its own whose CS owner is {@code owner}: the alert goes to the account's owner. */
  public static long accountOwnedBy(JdbcTemplate jdbc, String owner) {
    long accountId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    jdbc.update("""
        insert into account (id, name, plan, mrr, health_score, cs_owner_name, cs_owner_email)
        values (?, ?, 'Business', 1000, 70, 'Test Owner', ?)""", accountId, "Delivery test " + accountId, owner);
    return accountId;
  }

  /**
   * A confirmed escalation of the account's ticket, as the triage has it when the alert step starts: the values
   * these tests care about, and null for every other variable the model's steps name, as the steps before would have
   * set them (the alert's inputs read them by name: {@code ${requesterName}}).
   */
  public static Map<String, Object> escalation(long accountId, String ticketId) {
    Map<String, Object> v = new HashMap<>();
    TriageModelInputs.namedVariables().forEach(name -> v.put(name, null));
    TriageVariables.SOURCE.putInto(v, "generic");
    TriageVariables.TICKET_ID.putInto(v, ticketId);
    TriageVariables.SUBJECT.putInto(v, "Invoices missing");
    TriageVariables.TICKET_TEXT.putInto(v, "Our invoices vanished. This is unacceptable and we are furious.");
    TriageVariables.SENTIMENT_LABEL.putInto(v, "Urgent");
    TriageVariables.FRUSTRATION.putInto(v, 88);
    TriageVariables.ACCOUNT_FOUND.putInto(v, true);
    TriageVariables.ACCOUNT_ID.putInto(v, accountId);
    TriageVariables.ACCOUNT_NAME.putInto(v, "Delivery test account");
    TriageVariables.SEVERITY.putInto(v, "High");
    TriageVariables.REVIEW_DECISION.putInto(v, "confirm");
    TriageVariables.AUDIT_SAMPLED.putInto(v, false);
    return v;
  }

  /** Starts the triage of the ticket at "Alert CS owner"; returns the alert's instance id. */
  public static String start(RuntimeService runtimeService, String ticketId, Map<String, Object> escalation) {
    return runtimeService.createProcessInstanceByKey(TicketTriageProcess.KEY)
        .businessKey(TicketTriageProcess.businessKey("generic", ticketId))
        .setVariables(escalation)
        .startBeforeActivity(ALERT_CS_OWNER)
        .execute().getId();
  }
}
