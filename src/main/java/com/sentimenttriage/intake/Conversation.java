package com.sentimenttriage.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The masked earlier messages of a ticket as one process variable: JSON, oldest first, bounded so it fits a
 * Camunda string variable (4,000 characters). When the thread is longer, the oldest messages go first; the latest
 * ones matter most to the customer's mood.
 */
public final class Conversation {

  /** Camunda keeps string variables in a 4,000-character column; leave room for JSON escapes. */
  static final int MAX_ENCODED = 3_800;
  static final int MAX_MESSAGE = 1_200;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<TicketMessage>> MESSAGES = new TypeReference<>() {
  };

  public static String encode(List<TicketMessage> messages) {
    List<TicketMessage> kept = new ArrayList<>();
    for (TicketMessage m : messages) {
      if (m != null && m.text() != null && !m.text().isBlank()) {
        kept.add(new TicketMessage(m.author(), HelpdeskText.cap(m.text(), MAX_MESSAGE)));
      }
    }
    try {
      String encoded = JSON.writeValueAsString(kept);
      while (encoded.length() > MAX_ENCODED && !kept.isEmpty()) {
        kept.remove(0);
        encoded = JSON.writeValueAsString(kept);
      }
      return encoded;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A list of messages is always writable as JSON", e);
    }
  }

  /** The messages, or none when the variable is absent or unreadable (a follow-up is still scored on its own). */
  public static List<TicketMessage> decode(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(encoded, MESSAGES);
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  private Conversation() {
  }
}
