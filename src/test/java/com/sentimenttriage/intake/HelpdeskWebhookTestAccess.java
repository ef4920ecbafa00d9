package com.sentimenttriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The webhook test's fixtures and signatures for tests in other packages. */
public final class HelpdeskWebhookTestAccess {

  public static ObjectNode fixture(String name) {
    return HelpdeskWebhookTest.fixture(name);
  }

  public static HttpRequest.Builder zendeskSignedRequest(URI uri, JsonNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return HelpdeskWebhookTest.zendeskSigned(json(uri, body), body, Instant.now());
  }

  /** Signed as Intercom signs: X-Hub-Signature, HMAC-SHA1 of the body with the app's client secret. */
  public static HttpRequest.Builder intercomSignedRequest(URI uri, JsonNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return HelpdeskWebhookTest.intercomSigned(json(uri, body), body);
  }

  /** With the shared token Freshdesk's webhook action sends as a custom header. */
  public static HttpRequest.Builder freshdeskRequest(URI uri, JsonNode payload) {
    return json(uri, payload.toString().getBytes(StandardCharsets.UTF_8))
        .header("X-Triage-Token", HelpdeskWebhookTest.FRESHDESK_TOKEN);
  }

  private static HttpRequest.Builder json(URI uri, byte[] body) {
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private HelpdeskWebhookTestAccess() {
  }
}
