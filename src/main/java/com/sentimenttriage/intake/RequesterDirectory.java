package com.sentimenttriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Where a helpdesk's webhook names its requester only by id, the helpdesk's API knows their e-mail, the key of the
 * account lookup. Implemented beside the helpdesk's writer (writeback.zendesk), which holds the credentials; intake
 * only asks.
 */
public interface RequesterDirectory {

  /** The helpdesk this directory answers for, as its connector's source. */
  String source();

  /**
   * The e-mail of the requester the payload names by id; empty when the payload names none, the helpdesk has no
   * e-mail for them, or it cannot be asked now (the ticket then goes on without, as before).
   */
  Optional<String> requesterEmail(JsonNode payload);
}
