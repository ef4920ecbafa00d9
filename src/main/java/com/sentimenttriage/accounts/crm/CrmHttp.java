package com.sentimenttriage.accounts.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.triage.HttpAnswers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * The JDK HTTP client and Jackson as both CRM clients use them: JSON in and out, a timeout on every call, and the
 * answers that mean "not now" (no connection, 429, 5xx) turned into {@link CrmUnavailableException} with the
 * server's Retry-After. What other statuses mean is each client's business.
 */
final class CrmHttp {

  /** A status, the JSON body (missing when there was none or it was not JSON) and the headers. */
  record Response(int status, JsonNode body, HttpHeaders headers) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final String crm;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  CrmHttp(String crm, Duration timeout, Clock clock) {
    this.crm = crm;
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  HttpRequest.Builder get(URI uri) {
    return HttpRequest.newBuilder(uri).GET().header("Accept", "application/json");
  }

  HttpRequest.Builder postJson(URI uri, JsonNode body) {
    try {
      return HttpRequest.newBuilder(uri)
          .header("Accept", "application/json")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder postForm(URI uri, String form) {
    return HttpRequest.newBuilder(uri)
        .header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
  }

  /**
   * Sends the request; {@code what} names the call in messages ("contacts search"), never the URL or body.
   *
   * @throws CrmUnavailableException when the CRM is unreachable, rate-limits (429) or fails (5xx)
   */
  Response send(HttpRequest.Builder request, String what) {
    HttpResponse<String> response;
    try {
      response = http.send(request.timeout(timeout).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CrmUnavailableException(crm + " " + what + " failed: " + e.getClass().getSimpleName(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmUnavailableException(crm + " " + what + " interrupted", null);
    }
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      throw new CrmUnavailableException(crm + " " + what + " answered " + status,
          retryAfter(response.headers()));
    }
    return new Response(status, parse(response.body()), response.headers());
  }

  /** The response, when it is a 2xx; otherwise the CRM refused the call, which is "not now" for the lookup. */
  Response require(Response response, String what) {
    if (!response.ok()) {
      throw new CrmUnavailableException(crm + " " + what + " answered " + response.status() + errorCode(response),
          retryAfter(response.headers()));
    }
    return response;
  }

  /** Salesforce's {"errorCode": ...} or HubSpot's {"category": ...}: safe to log, unlike the message. */
  private static String errorCode(Response response) {
    JsonNode body = response.body().isArray() ? response.body().path(0) : response.body();
    String code = body.path("errorCode").asText(body.path("category").asText(""));
    return code.isEmpty() ? "" : " (" + code + ")";
  }

  /** Retry-After in seconds or as an HTTP date (RFC 9110); null without one or when it cannot be read. */
  Duration retryAfter(HttpHeaders headers) {
    return HttpAnswers.retryAfter(headers, clock);
  }

  private JsonNode parse(String body) {
    return HttpAnswers.json(json, body);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code base} without a trailing slash, then {@code path}. */
  static URI uri(URI base, String path) {
    String root = base.toString();
    return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
  }

  /** A text value, or null when the node is missing, null or blank. */
  static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    String text = node.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
