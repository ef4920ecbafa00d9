package com.sentimenttriage.intake;

import static com.sentimenttriage.triage.TriageVariables.CAMPAIGN;
import static com.sentimenttriage.triage.TriageVariables.CHANNEL;
import static com.sentimenttriage.triage.TriageVariables.CONVERSATION;
import static com.sentimenttriage.triage.TriageVariables.HELPDESK_URL;
import static com.sentimenttriage.triage.TriageVariables.ORGANIZATION;
import static com.sentimenttriage.triage.TriageVariables.PREVIOUS_PROCESS_INSTANCE_ID;
import static com.sentimenttriage.triage.TriageVariables.HELPDESK_PRIORITY;
import static com.sentimenttriage.triage.TriageVariables.REQUESTER_EMAIL;
import static com.sentimenttriage.triage.TriageVariables.REQUESTER_NAME;
import static com.sentimenttriage.triage.TriageVariables.SOURCE;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TAGS;
import static com.sentimenttriage.triage.TriageVariables.TICKET_CREATED_AT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_UPDATED_AT;

import com.sentimenttriage.records.TicketDeliveries;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that starts ticket triage instances and hands them follow-up messages.
 *
 * <p>Every delivery is recorded under a unique key ({@link IncomingTicket#deliveryKey()}: the provider's event id,
 * else ticket id and update time) in the same transaction that starts or messages the instance, so a helpdesk's
 * retry, even one racing the original on another node, gets the existing instance back instead of a second one:
 * the database's primary key decides, not memory. A new message on a ticket whose instance still runs is
 * correlated to it as {@link TicketTriageProcess.Messages#CUSTOMER_REPLIED}; once that instance has ended, a new
 * message starts a new instance linked to the old one.
 */
@Service
public class TicketTriage {

  private static final Logger log = LoggerFactory.getLogger(TicketTriage.class);
  private static final int ATTEMPTS = 3;

  /**
   * What the webhook answers: the instance that handles the ticket; whether this delivery was seen before; whether
   * it was handed to a running instance as a follow-up message rather than starting one.
   */
  public record TriageStart(String processInstanceId, String businessKey, boolean duplicate, boolean correlated) {

    public TriageStart(String processInstanceId, String businessKey, boolean duplicate) {
      this(processInstanceId, businessKey, duplicate, false);
    }
  }

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TicketDeliveries deliveries;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public TicketTriage(RuntimeService runtimeService, HistoryService historyService, TicketDeliveries deliveries,
      TransactionTemplate transaction, Clock clock) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.deliveries = deliveries;
    this.transaction = transaction;
    this.clock = clock;
  }

  public TriageStart receive(IncomingTicket ticket) {
    String businessKey = TicketTriageProcess.businessKey(ticket.source(), ticket.ticketId());
    String deliveryKey = ticket.deliveryKey();
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> startOrCorrelate(ticket, businessKey, deliveryKey));
      } catch (DuplicateKeyException raceLost) {
        // Another thread or node committed the same delivery first; our work was rolled back with the insert.
        return new TriageStart(deliveries.instanceFor(deliveryKey).orElseThrow(), businessKey, true);
      } catch (OptimisticLockingException | NullValueException | MismatchingMessageCorrelationException busy) {
        // The job executor moved the running instance on, or ended it, while we messaged it; everything was
        // rolled back, and the next attempt sees the instance as it is now (an ended one: a new instance starts).
        // Caught out here, not around the message: the engine's failed command has already marked the transaction
        // rollback-only, so starting the new instance in it could only fail at the commit (a 500 to the helpdesk).
        if (attempt == ATTEMPTS) {
          throw busy;
        }
        log.debug("Instance for {} changed while correlating a follow-up; attempt {} of {}", businessKey,
            attempt + 1, ATTEMPTS);
      }
    }
  }

  private TriageStart startOrCorrelate(IncomingTicket ticket, String businessKey, String deliveryKey) {
    // A delivery seen before (by any node, committed) is a repeat, not a reply; one committing right now loses the race
    // on the delivery key's primary key below. Every instance is started here, with its delivery recorded in the same
    // transaction, so a ticket without earlier deliveries has no instance, running or ended, and the engine need not
    // be asked: its instance queries were a fifth of a webhook's CPU under load.
    Map<String, String> earlier = deliveries.ofTicket(businessKey);
    String delivered = earlier.get(deliveryKey);
    if (delivered != null) {
      return new TriageStart(delivered, businessKey, true);
    }
    if (earlier.isEmpty()) {
      return start(ticket, businessKey, deliveryKey, startVariables(ticket));
    }
    Optional<ProcessInstance> running = runningInstance(businessKey);
    if (running.isPresent()) {
      String instanceId = running.get().getId();
      correlateReply(instanceId, ticket);
      recordDelivery(deliveryKey, businessKey, instanceId);
      log.info("Follow-up on {} handed to running instance {}", businessKey, instanceId);
      return new TriageStart(instanceId, businessKey, false, true);
    }
    Map<String, Object> variables = startVariables(ticket);
    lastEndedInstance(businessKey).ifPresent(previous -> PREVIOUS_PROCESS_INSTANCE_ID.putInto(variables, previous));
    return start(ticket, businessKey, deliveryKey, variables);
  }

  private TriageStart start(IncomingTicket ticket, String businessKey, String deliveryKey,
      Map<String, Object> variables) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(TicketTriageProcess.KEY, businessKey,
        variables);
    recordDelivery(deliveryKey, businessKey, instance.getId());
    log.info("Ticket {} started instance {}", businessKey, instance.getId());
    return new TriageStart(instance.getId(), businessKey, false, false);
  }

  private void correlateReply(String instanceId, IncomingTicket ticket) {
    Map<String, Object> current = runtimeService.getVariables(instanceId,
        List.of(CONVERSATION.name(), TICKET_TEXT.name()));
    List<TicketMessage> thread;
    if (!ticket.earlierMessages().isEmpty()) {
      thread = ticket.earlierMessages();
    } else {
      // The helpdesk sent only the new message: the thread is what we had, plus the message that was latest.
      thread = new ArrayList<>(Conversation.decode(CONVERSATION.find(current).orElse(null)));
      TICKET_TEXT.find(current).ifPresent(text -> thread.add(new TicketMessage(TicketMessage.Author.CUSTOMER, text)));
    }
    Map<String, Object> variables = new HashMap<>();
    TICKET_TEXT.putInto(variables, ticket.body());
    CONVERSATION.putInto(variables, Conversation.encode(thread));
    TICKET_UPDATED_AT.putInto(variables, date(ticket.updatedAt()));
    if (ticket.requesterName() != null && !ticket.requesterName().isBlank()) {
      REQUESTER_NAME.putInto(variables, ticket.requesterInitials());
    }
    if (ticket.subject() != null && !ticket.subject().isBlank()) {
      SUBJECT.putInto(variables, ticket.subject());
    }
    if (ticket.priority() != null) {
      HELPDESK_PRIORITY.putInto(variables, ticket.priority());
    }
    if (ticket.campaign() != null) {
      CAMPAIGN.putInto(variables, ticket.campaign());
    }
    if (!ticket.tags().isEmpty()) {
      TAGS.putInto(variables, String.join(", ", ticket.tags()));
    }
    runtimeService.createMessageCorrelation(TicketTriageProcess.Messages.CUSTOMER_REPLIED)
        .processInstanceId(instanceId)
        .setVariables(variables)
        .correlateWithResult();
  }

  private Optional<ProcessInstance> runningInstance(String businessKey) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(TicketTriageProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .list().stream().findFirst();
  }

  private Optional<String> lastEndedInstance(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(TicketTriageProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .finished()
        .orderByProcessInstanceEndTime().desc()
        .listPage(0, 1).stream().findFirst().map(HistoricProcessInstance::getId);
  }

  private void recordDelivery(String deliveryKey, String businessKey, String instanceId) {
    deliveries.record(deliveryKey, businessKey, instanceId, clock.instant());
  }

  /**
   * Every variable of {@link com.sentimenttriage.triage.TriageVariables#RECEIVED}, which "Ticket received" gives a
   * ticket started any other way; StartVariablesTest holds the two lists to the same names.
   */
  static Map<String, Object> startVariables(IncomingTicket ticket) {
    Map<String, Object> variables = new HashMap<>();
    SOURCE.putInto(variables, ticket.source());
    TICKET_ID.putInto(variables, ticket.ticketId());
    SUBJECT.putInto(variables, ticket.subject());
    TICKET_TEXT.putInto(variables, ticket.body());
    REQUESTER_EMAIL.putInto(variables, ticket.requesterEmail());
    REQUESTER_NAME.putInto(variables, ticket.requesterInitials());
    CHANNEL.putInto(variables, ticket.channel());
    TICKET_CREATED_AT.putInto(variables, date(ticket.createdAt()));
    TICKET_UPDATED_AT.putInto(variables, date(ticket.updatedAt()));
    HELPDESK_PRIORITY.putInto(variables, ticket.priority());
    TAGS.putInto(variables, ticket.tags().isEmpty() ? null : String.join(", ", ticket.tags()));
    ORGANIZATION.putInto(variables, ticket.organization());
    HELPDESK_URL.putInto(variables, ticket.url());
    CAMPAIGN.putInto(variables, ticket.campaign());
    CONVERSATION.putInto(variables, Conversation.encode(ticket.earlierMessages()));
    return variables;
  }

  private static Date date(OffsetDateTime time) {
    return time == null ? null : Date.from(time.toInstant());
  }
}
