package com.sentimenttriage.triage;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Starts the triage process in process tests with the variables a generic webhook gives it. */
public final class ReceivedTicket {

  private ReceivedTicket() {}

  /** A generic ticket's start variables; mutable, so a test can add what its scenario needs. */
  public static Map<String, Object> variables(String ticketId, String text, String requesterEmail) {
    Map<String, Object> variables = new HashMap<>();
    TriageVariables.SOURCE.putInto(variables, "generic");
    TriageVariables.TICKET_ID.putInto(variables, ticketId);
    TriageVariables.SUBJECT.putInto(variables, "Export");
    TriageVariables.TICKET_TEXT.putInto(variables, text);
    TriageVariables.REQUESTER_EMAIL.putInto(variables, requesterEmail);
    return variables;
  }

  /** Starts an instance with the business key a webhook would give it; it waits at "Ticket received". */
  public static ProcessInstance start(String ticketId, Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey(TicketTriageProcess.KEY,
        TicketTriageProcess.businessKey("generic", ticketId), variables);
  }

  public static ProcessInstance start(String ticketId, String text, String requesterEmail) {
    return start(ticketId, variables(ticketId, text, requesterEmail));
  }
}
