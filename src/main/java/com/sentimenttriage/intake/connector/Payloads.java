package com.sentimenttriage.intake.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.intake.HelpdeskText;
import com.sentimenttriage.intake.WebhookRejection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Forgiving readers for helpdesk payload fields: strings or numbers, ISO or epoch times, lists or CSV. */
final class Payloads {

  static final int MAX_ID = 200;
  private static final int MAX_FIELD = 500;
  private static final int MAX_TAGS = 50;
  private static final DateTimeFormatter SPACED_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS] Z", Locale.ROOT);

  /** A scalar as trimmed text, null when absent, null, blank, or not a scalar. */
  static String text(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
      return null;
    }
    String text = HelpdeskText.strip(value.asText());
    return text.isEmpty() ? null : HelpdeskText.cap(text, MAX_FIELD);
  }

  /** A message body (HTML or plain) as plain text; null when there is none. */
  static String message(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    if (value == null || !value.isTextual()) {
      return null;
    }
    String plain = HelpdeskText.plain(value.asText());
    return plain == null || plain.isBlank() ? null : plain;
  }

  static JsonNode at(JsonNode node, String... path) {
    JsonNode current = node;
    for (String key : path) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(key);
    }
    return current;
  }

  static String requiredTicketId(JsonNode node, String hint, String... path) {
    String id = text(node, path);
    if (id == null) {
      throw WebhookRejection.invalid("The ticket id (" + hint + ") is missing.");
    }
    if (id.length() > MAX_ID || !id.matches("[A-Za-z0-9._:-]+")) {
      throw WebhookRejection.invalid("The ticket id (" + hint + ") must be up to " + MAX_ID
          + " letters, digits, '.', '_', ':' or '-'.");
    }
    return id;
  }

  static String requiredMessage(String body, String hint) {
    if (body == null || body.isBlank()) {
      throw WebhookRejection.invalid("The customer's message (" + hint + ") is missing or empty.");
    }
    return body;
  }

  /** ISO-8601 with offset, "yyyy-MM-dd HH:mm:ss Z", or epoch seconds; null when absent or unreadable. */
  static OffsetDateTime time(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber() && value.canConvertToLong()) {
      long seconds = value.asLong();
      return seconds <= 0 || seconds > 32_503_680_000L ? null
          : OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
    }
    String text = text(node, path);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException notIso) {
      try {
        return OffsetDateTime.parse(text, SPACED_OFFSET);
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  /** Tags from a JSON array of strings, of objects with a name, or a comma- or space-separated string. */
  static List<String> tags(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    List<String> tags = new ArrayList<>();
    if (value == null || value.isNull()) {
      return tags;
    }
    if (value.isArray()) {
      for (JsonNode tag : value) {
        String name = tag.isObject() ? text(tag, "name") : (tag.isValueNode() ? HelpdeskText.strip(tag.asText()) : null);
        if (name != null && !name.isEmpty() && tags.size() < MAX_TAGS) {
          tags.add(HelpdeskText.cap(name, 100));
        }
      }
    } else if (value.isTextual()) {
      Arrays.stream(value.asText().split(value.asText().contains(",") ? "," : "\\s+"))
          .map(HelpdeskText::strip).filter(t -> !t.isEmpty()).limit(MAX_TAGS)
          .forEach(t -> tags.add(HelpdeskText.cap(t, 100)));
    }
    return tags;
  }

  /** The domain of an e-mail address, lower case; null when it is none. */
  static String domainOf(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** A plausible e-mail address or null: the lookup key must not be junk. */
  static String email(String candidate) {
    return candidate != null && candidate.length() <= 320 && candidate.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        ? candidate.toLowerCase(Locale.ROOT) : null;
  }

  private Payloads() {
  }
}
