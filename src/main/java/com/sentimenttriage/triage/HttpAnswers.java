package com.sentimenttriage.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How the CRM clients and the helpdesk writers read an HTTP answer: its Retry-After, its JSON body. */
public final class HttpAnswers {

  /** Retry-After in seconds or as an HTTP date (RFC 9110); null without one or when it cannot be read. */
  public static Duration retryAfter(HttpHeaders headers, Clock clock) {
    return headers.firstValue("Retry-After").map(String::strip).map(value -> {
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
      } catch (NumberFormatException notSeconds) {
        try {
          Duration until = Duration.between(clock.instant(),
              ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
          return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException neither) {
          return null;
        }
      }
    }).orElse(null);
  }

  /** The JSON body; missing when there was none or it was not JSON. */
  public static JsonNode json(ObjectMapper json, String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException notJson) {
      return MissingNode.getInstance();
    }
  }

  private HttpAnswers() {
  }
}
