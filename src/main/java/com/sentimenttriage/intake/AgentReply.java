package com.sentimenttriage.intake;

import java.time.OffsetDateTime;

/**
 * An agent's public reply on a helpdesk ticket (issue 17). It is never scored and never alerted on: it is stored,
 * masked, as one of the thread's agent turns, so the coaching view can see which customer message came before it and
 * which came after.
 *
 * @param eventId the provider's id of this delivery, null when it has none (then the reply's text identifies it)
 * @param agentId the helpdesk's id of the agent (or their e-mail where the helpdesk sends no id)
 * @param agentName the agent's display name in the helpdesk, for the supervisor's view
 * @param writtenAt when the agent wrote it, as the helpdesk says; null when it does not say
 */
public record AgentReply(String source, String ticketId, String eventId, String agentId, String agentName,
    String body, OffsetDateTime writtenAt) {

  public AgentReply {
    if (HelpdeskText.isBlank(ticketId)) {
      throw WebhookRejection.invalid("The ticket id is missing or blank.");
    }
    if (HelpdeskText.isBlank(agentId) && HelpdeskText.isBlank(agentName)) {
      throw WebhookRejection.invalid("The agent's reply names no agent (neither an id nor a name).");
    }
    if (HelpdeskText.isBlank(body)) {
      throw WebhookRejection.invalid("The agent's reply has no text.");
    }
  }

  /** The reply text masked like a customer's: it may quote the customer's e-mail, phone or card number. */
  public AgentReply masked(PersonalDataMasker masker) {
    return new AgentReply(source, ticketId, eventId, agentId, agentName, masker.mask(body), writtenAt);
  }
}
