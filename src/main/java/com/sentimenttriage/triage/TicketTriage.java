package com.sentimenttriage.triage;

import static com.sentimenttriage.triage.TriageVariables.CHANNEL;
import static com.sentimenttriage.triage.TriageVariables.REQUESTER_EMAIL;
import static com.sentimenttriage.triage.TriageVariables.SOURCE;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_CREATED_AT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;

import com.sentimenttriage.intake.IncomingTicket;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that starts ticket triage instances. A delivery is recorded under a unique key in the same
 * transaction that starts the instance, so a helpdesk's retry, even one racing the original on another node,
 * gets the existing instance back instead of a second one.
 */
@Service
public class TicketTriage {

  /** What the webhook answers: the instance that handles the ticket, and whether it already existed. */
  public record TriageStart(String processInstanceId, String businessKey, boolean duplicate) {
  }

  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public TicketTriage(RuntimeService runtimeService, JdbcTemplate jdbc, TransactionTemplate transaction,
      Clock clock) {
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  public TriageStart receive(IncomingTicket ticket) {
    String businessKey = TicketTriageProcess.businessKey(ticket.source(), ticket.ticketId());
    Optional<String> existing = instanceForDelivery(businessKey);
    if (existing.isPresent()) {
      return new TriageStart(existing.get(), businessKey, true);
    }
    try {
      String instanceId = transaction.execute(status -> start(ticket, businessKey));
      return new TriageStart(instanceId, businessKey, false);
    } catch (DuplicateKeyException raceLost) {
      // Another thread or node committed the same delivery first; our start was rolled back with the insert.
      return new TriageStart(instanceForDelivery(businessKey).orElseThrow(), businessKey, true);
    }
  }

  private String start(IncomingTicket ticket, String businessKey) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(
        TicketTriageProcess.KEY, businessKey, variables(ticket));
    jdbc.update("insert into ticket_delivery (delivery_key, process_instance_id, received_at) values (?, ?, ?)",
        businessKey, instance.getId(), Timestamp.from(clock.instant()));
    return instance.getId();
  }

  private Optional<String> instanceForDelivery(String deliveryKey) {
    return jdbc.queryForList("select process_instance_id from ticket_delivery where delivery_key = ?",
        String.class, deliveryKey).stream().findFirst();
  }

  private static Map<String, Object> variables(IncomingTicket ticket) {
    Map<String, Object> variables = new HashMap<>();
    SOURCE.putInto(variables, ticket.source());
    TICKET_ID.putInto(variables, ticket.ticketId());
    SUBJECT.putInto(variables, ticket.subject());
    TICKET_TEXT.putInto(variables, ticket.body());
    REQUESTER_EMAIL.putInto(variables, ticket.requesterEmail());
    CHANNEL.putInto(variables, ticket.channel());
    TICKET_CREATED_AT.putInto(variables,
        ticket.createdAt() == null ? null : Date.from(ticket.createdAt().toInstant()));
    return variables;
  }
}
