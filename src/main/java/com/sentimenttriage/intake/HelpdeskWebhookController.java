package com.sentimenttriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.intake.connector.FreshdeskConnector;
import com.sentimenttriage.intake.connector.HelpdeskConnector;
import com.sentimenttriage.intake.connector.HelpdeskConnector.Mapping;
import com.sentimenttriage.intake.connector.IntercomConnector;
import com.sentimenttriage.intake.connector.ZendeskConnector;
import com.sentimenttriage.intake.TicketTriage.TriageStart;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The helpdesk connectors' endpoints. The webhook guard has already checked size and signature over the raw body;
 * here the body is read defensively, mapped by the provider's connector, masked, and handed to triage. Answers 202
 * for a new instance or a follow-up handed to a running one, 200 for a repeated delivery (with the existing
 * instance) and for events triage ignores.
 *
 * <p>An agent's public reply (issue 17) starts nothing and is never scored: it is stored, masked, as one of the
 * thread's agent turns ({@link ThreadTurnRecorder}), answered 202, or 200 when the same delivery came before. Every
 * customer message triage accepts is stored as a customer turn beside them, so the coaching view knows what came
 * before and after each reply.
 */
@RestController
@RequestMapping("/api/webhooks")
public class HelpdeskWebhookController {

  private static final Logger log = LoggerFactory.getLogger(HelpdeskWebhookController.class);
  /** Enough distinct event types for any helpdesk; beyond it, further unknown types are not remembered. */
  private static final int REMEMBERED_EVENT_TYPES = 500;

  private final TicketTriage triage;
  private final PersonalDataMasker masker;
  private final ZendeskConnector zendesk;
  private final IntercomConnector intercom;
  private final FreshdeskConnector freshdesk;
  private final ThreadTurnRecorder turns;
  private final Set<String> ignoredTypesSeen = ConcurrentHashMap.newKeySet();
  private final List<RequesterDirectory> requesters;

  public HelpdeskWebhookController(TicketTriage triage, PersonalDataMasker masker, ZendeskConnector zendesk,
      IntercomConnector intercom, FreshdeskConnector freshdesk, ThreadTurnRecorder turns,
      ObjectProvider<RequesterDirectory> requesters) {
    this.requesters = requesters.orderedStream().toList();
    this.triage = triage;
    this.masker = masker;
    this.zendesk = zendesk;
    this.intercom = intercom;
    this.freshdesk = freshdesk;
    this.turns = turns;
  }

  @PostMapping(path = "/zendesk", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> zendesk(@RequestBody byte[] body) {
    return receive(zendesk, body);
  }

  @PostMapping(path = "/intercom", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> intercom(@RequestBody byte[] body) {
    return receive(intercom, body);
  }

  @PostMapping(path = "/freshdesk", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> freshdesk(@RequestBody byte[] body) {
    return receive(freshdesk, body);
  }

  private ResponseEntity<Object> receive(HelpdeskConnector connector, byte[] body) {
    JsonNode payload = WebhookJson.readObject(body);
    Mapping mapping = connector.map(payload);
    if (mapping.isIgnored()) {
      String type = connector.source() + ":" + mapping.eventType();
      if (ignoredTypesSeen.size() < REMEMBERED_EVENT_TYPES && ignoredTypesSeen.add(type)) {
        log.debug("Ignoring {} events from {}: {} (logged once per type)", mapping.eventType(), connector.source(),
            mapping.ignoredBecause());
      }
      return ResponseEntity.ok(Map.of("ignored", true, "eventType", mapping.eventType(),
          "reason", mapping.ignoredBecause()));
    }
    if (mapping.isAgentReply()) {
      boolean stored = turns.recordAgentReply(mapping.agentReply().masked(masker));
      return ResponseEntity.status(stored ? HttpStatus.ACCEPTED : HttpStatus.OK).body(Map.of("agentReply", true,
          "duplicate", !stored, "eventType", mapping.eventType()));
    }
    IncomingTicket ticket = withRequesterEmail(mapping.ticket(), payload).masked(masker);
    TriageStart started = triage.receive(ticket);
    // Also for a repeated delivery: if storing the turn failed the first time, the helpdesk's retry stores it now.
    turns.recordCustomerMessage(ticket);
    return ResponseEntity.status(started.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(started);
  }

  /** Issue 17: an event webhook without the requester's e-mail gets it from the helpdesk, so the account is found. */
  private IncomingTicket withRequesterEmail(IncomingTicket ticket, JsonNode payload) {
    if (ticket.requesterEmail() != null) {
      return ticket;
    }
    return requesters.stream().filter(directory -> directory.source().equals(ticket.source())).findFirst()
        .flatMap(directory -> directory.requesterEmail(payload)).map(ticket::withRequesterEmail).orElse(ticket);
  }
}
