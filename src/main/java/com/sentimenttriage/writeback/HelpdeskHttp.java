package com.sentimenttriage.writeback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.triage.HttpAnswers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * The JDK HTTP client and Jackson as the helpdesk writers use them, the way accounts.crm's clients do: JSON in and
 * out, a timeout on every call, and every answer but a 2xx turned into a {@link WriteBackException}: no connection,
 * 429 and 5xx retryable (with the helpdesk's Retry-After), any other status not.
 */
public final class HelpdeskHttp {

  private final String helpdesk;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public HelpdeskHttp(String helpdesk, Duration timeout, Clock clock) {
    this.helpdesk = helpdesk;
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public ObjectMapper json() {
    return json;
  }

  public HttpRequest.Builder request(URI uri, String method, JsonNode body) {
    try {
      HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json")
          .method(method, publisher);
      return body == null ? request : request.header("Content-Type", "application/json");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends the request and answers the JSON body of a 2xx; {@code what} names the call in messages ("ticket
   * update"), never the URL, body or credentials.
   */
  public JsonNode send(HttpRequest.Builder request, String what) {
    HttpResponse<String> response;
    try {
      response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WriteBackException(helpdesk + " " + what + " failed: " + e.getClass().getSimpleName(), null, true,
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WriteBackException(helpdesk + " " + what + " interrupted", null, true, null);
    }
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      throw new WriteBackException(helpdesk + " " + what + " answered " + status, retryAfter(response.headers()),
          status == 429 || status >= 500, null);
    }
    return parse(response.body());
  }

  /**
   * How long the helpdesk asks us to wait: Retry-After in seconds or as an HTTP date (RFC 9110; Zendesk and Freshdesk
   * send seconds), else X-RateLimit-Reset as a UNIX time (Intercom's 429 names its reset that way, with no
   * Retry-After); null when neither is there or readable.
   */
  Duration retryAfter(HttpHeaders headers) {
    Duration retryAfter = HttpAnswers.retryAfter(headers, clock);
    if (retryAfter != null) {
      return retryAfter;
    }
    return headers.firstValue("X-RateLimit-Reset").map(String::strip).map(reset -> {
      try {
        Duration until = Duration.between(clock.instant(), java.time.Instant.ofEpochSecond(Long.parseLong(reset)));
        return until.isNegative() ? Duration.ZERO : until;
      } catch (NumberFormatException notEpochSeconds) {
        return null;
      }
    }).orElse(null);
  }

  private JsonNode parse(String body) {
    return HttpAnswers.json(json, body);
  }

  /** {@code base} without a trailing slash, then {@code path}. */
  public static URI uri(URI base, String path) {
    String root = base.toString();
    return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
  }
}
