package com.sentimenttriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The webhook test's fixtures and Zendesk signature for tests in other packages. */
public final class HelpdeskWebhookTestAccess {

  public static ObjectNode fixture(String name) {
    return HelpdeskWebhookTest.fixture(name);
  }

  public static HttpRequest.Builder zendeskSignedRequest(URI uri, JsonNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return HelpdeskWebhookTest.zendeskSigned(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), body, Instant.now());
  }

  private HelpdeskWebhookTestAccess() {
  }
}
