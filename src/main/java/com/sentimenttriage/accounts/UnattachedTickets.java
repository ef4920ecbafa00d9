package com.sentimenttriage.accounts;

import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.FRUSTRATION;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.REQUESTER_EMAIL;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.SUBJECT;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.TICKET_REFERENCE;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Variables.TICKET_TEXT;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** The one place that starts link-unattached-ticket instances. */
@Service
public class UnattachedTickets {

  private final RuntimeService runtimeService;

  public UnattachedTickets(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Asks the CS managers to link a ticket's requester to an account. Runs in the caller's transaction, so a
   * retried triage job starts no second request. Returns the new instance's id.
   */
  public String requestLink(String ticketReference, String requesterEmail, String subject, String ticketText,
      Integer frustration) {
    Map<String, Object> variables = new HashMap<>();
    TICKET_REFERENCE.putInto(variables, ticketReference);
    REQUESTER_EMAIL.putInto(variables, requesterEmail);
    SUBJECT.putInto(variables, subject);
    TICKET_TEXT.putInto(variables, ticketText);
    FRUSTRATION.putInto(variables, frustration);
    return runtimeService.startProcessInstanceByKey(LinkUnattachedTicketProcess.KEY, ticketReference, variables)
        .getId();
  }
}
