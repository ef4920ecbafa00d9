package com.sentimenttriage.triage;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** An HTTP answer's Retry-After, as the CRM clients and the helpdesk writers honour it. */
public final class RetryAfter {

  /** Retry-After in seconds or as an HTTP date (RFC 9110); null without one or when it cannot be read. */
  public static Duration of(HttpHeaders headers, Clock clock) {
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

  private RetryAfter() {
  }
}
