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
  public static final String NO_EARLIER_MESSAGES = "None: this is the customer's first message in the thread.";

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

  /**
   * The messages as people read them in a form: one "Customer:" or "Agent:" line each, oldest first. When they
   * would outgrow a String variable, the oldest are left out and a line says so.
   */
  public static String asLines(List<TicketMessage> messages) {
    if (messages.isEmpty()) {
      return NO_EARLIER_MESSAGES;
    }
    List<String> lines = new ArrayList<>();
    int length = 0;
    for (int i = messages.size() - 1; i >= 0; i--) {
      TicketMessage message = messages.get(i);
      String line = (message.author() == TicketMessage.Author.CUSTOMER ? "Customer: " : "Agent: ")
          + message.text().replaceAll("\\s+", " ").strip();
      if (length + line.length() + 1 > MAX_ENCODED) {
        lines.add(0, "(earlier messages left out)");
        break;
      }
      lines.add(0, line);
      length += line.length() + 1;
    }
    return String.join("\n", lines);
  }

  private Conversation() {
  }
}
