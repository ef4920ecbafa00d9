package com.sentimenttriage.intake.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.intake.AgentReply;
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

  /**
   * A ticket (created, or a new customer message) for triage; an agent's public reply, which is stored for coaching
   * but never scored (issue 17); or the reason the event is none of triage's business.
   */
  record Mapping(IncomingTicket ticket, AgentReply agentReply, String eventType, String ignoredBecause) {

    public static Mapping ticket(IncomingTicket ticket, String eventType) {
      return new Mapping(ticket, null, eventType, null);
    }

    public static Mapping agentReply(AgentReply reply, String eventType) {
      return new Mapping(null, reply, eventType, null);
    }

    public static Mapping ignored(String eventType, String because) {
      return new Mapping(null, null, eventType, because);
    }

    public boolean isIgnored() {
      return ticket == null && agentReply == null;
    }

    public boolean isAgentReply() {
      return agentReply != null;
    }
  }
}
