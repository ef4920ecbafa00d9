package com.sentimenttriage.intake.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.intake.IncomingTicket;

/**
 * Maps one helpdesk's webhook payload to the one ticket model. Implementations are pure functions of the
 * payload: no I/O, no masking (the controller masks what they return), and a {@code WebhookRejection} for a
 * payload that names no ticket or carries no customer text.
 */
public interface HelpdeskConnector {

  /** The {@code source} of the tickets it makes and the last segment of its webhook path. */
  String source();

  Mapping map(JsonNode payload);

  /** Either a ticket (created, or a new customer message) or the reason the event is none of triage's business. */
  record Mapping(IncomingTicket ticket, String eventType, String ignoredBecause) {

    public static Mapping ticket(IncomingTicket ticket, String eventType) {
      return new Mapping(ticket, eventType, null);
    }

    public static Mapping ignored(String eventType, String because) {
      return new Mapping(null, eventType, because);
    }

    public boolean isIgnored() {
      return ticket == null;
    }
  }
}
