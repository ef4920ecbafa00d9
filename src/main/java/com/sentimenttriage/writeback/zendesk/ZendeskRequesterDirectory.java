package com.sentimenttriage.writeback.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.intake.RequesterDirectory;
import com.sentimenttriage.writeback.WriteBackException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zendesk's event webhooks ({@code zen:event-type:ticket.created}, {@code ticket.comment_added}) name the requester
 * by {@code detail.requester_id} only; Show User ({@code GET /api/v2/users/{id}.json}) gives their e-mail. Asked
 * while the webhook waits, within the writer's timeout; without credentials, or when Zendesk cannot answer, the
 * ticket goes on without the e-mail and its account is looked up by organization, as before.
 */
public class ZendeskRequesterDirectory implements RequesterDirectory {

  private static final Logger log = LoggerFactory.getLogger(ZendeskRequesterDirectory.class);

  private final ZendeskWriter zendesk;

  public ZendeskRequesterDirectory(ZendeskWriter zendesk) {
    this.zendesk = zendesk;
  }

  @Override
  public String source() {
    return ZendeskWriter.SOURCE;
  }

  @Override
  public Optional<String> requesterEmail(JsonNode payload) {
    String requesterId = payload.path("detail").path("requester_id").asText("").strip();
    if (requesterId.isEmpty() || !requesterId.chars().allMatch(Character::isDigit) || !zendesk.configured()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(zendesk.requesterEmail(requesterId));
    } catch (WriteBackException e) {
      // The message names the call and status only, never the requester.
      log.warn("Requester e-mail not fetched, the account is looked up without it: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
