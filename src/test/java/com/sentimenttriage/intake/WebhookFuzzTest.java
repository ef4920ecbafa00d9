package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posts a few hundred mutated, correctly signed payloads (fields removed, values of the wrong type, huge strings
 * and arrays, truncated or byte-flipped bodies) to every connector: never a 5xx, and a 4xx never starts or stores
 * anything. Seeded, so a failure can be replayed.
 */
class WebhookFuzzTest extends IntegrationTest {

  private static final long SEED = 20261120L;
  private static final int MUTATIONS_PER_FIXTURE = 45;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void mutatedPayloadsNeverCauseA5xxAndRefusedOnesStartNothing() {
    Random random = new Random(SEED);
    Map<String, List<String>> fixtures = Map.of(
        "zendesk", List.of("zendesk/ticket-created.json", "zendesk/comment-added.json",
            "zendesk/trigger-ticket-created.json"),
        "intercom", List.of("intercom/conversation-user-created.json", "intercom/conversation-user-replied.json"),
        "freshdesk", List.of("freshdesk/ticket-created.json", "freshdesk/customer-replied.json"));
    int sent = 0;
    int refused = 0;
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, List<String>> connector : fixtures.entrySet()) {
      for (String fixture : connector.getValue()) {
        for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
          byte[] body = mutate(HelpdeskWebhookTest.fixture(fixture), random, sent);
          long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count();
          long deliveriesBefore = deliveries();

          HttpResponse<String> response = send(signed(connector.getKey(), body));
          sent++;

          int status = response.statusCode();
          if (status >= 500) {
            failures.add(fixture + " mutation " + i + ": " + status + " " + response.body());
          } else if (status >= 400) {
            refused++;
            if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count() != instancesBefore
                || deliveries() != deliveriesBefore) {
              failures.add(fixture + " mutation " + i + ": " + status + " but something was started or stored");
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
              failures.add(fixture + " mutation " + i + ": " + status + " without a problem detail");
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(300);
    assertThat(refused).as("the mutations exercise the refusals too").isGreaterThan(30);
  }

  private long deliveries() {
    return jdbc.queryForObject("select count(*) from ticket_delivery", Long.class);
  }

  private HttpRequest.Builder signed(String connector, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/webhooks/" + connector))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return switch (connector) {
      case "zendesk" -> HelpdeskWebhookTest.zendeskSigned(request, body, Instant.now());
      case "intercom" -> HelpdeskWebhookTest.intercomSigned(request, body);
      default -> request.header("X-Triage-Token", HelpdeskWebhookTest.FRESHDESK_TOKEN);
    };
  }

  private static byte[] mutate(ObjectNode payload, Random random, int n) {
    uniquify(payload, n);
    switch (random.nextInt(7)) {
      case 0 -> removeRandomField(payload, random);
      case 1 -> replaceRandomValue(payload, random);
      case 2 -> {
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }
      case 3 -> {
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 4 -> {
        for (int i = 0; i < 3; i++) {
          replaceRandomValue(payload, random);
        }
      }
      case 5 -> {
        removeRandomField(payload, random);
        removeRandomField(payload, random);
      }
      default -> replaceRandomValue(payload, random);
    }
    return payload.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A fresh ticket id and event id per mutation, so accepted ones are new deliveries, not retries. */
  private static void uniquify(ObjectNode payload, int n) {
    if (payload.path("detail").isObject()) {
      ((ObjectNode) payload.get("detail")).put("id", "FZ-" + n);
    }
    if (payload.path("ticket").isObject()) {
      ((ObjectNode) payload.get("ticket")).put("id", "FZ-" + n);
    }
    if (payload.path("data").path("item").isObject()) {
      ((ObjectNode) payload.get("data").get("item")).put("id", "FZ-" + n);
    }
    if (payload.path("freshdesk_webhook").isObject()) {
      ((ObjectNode) payload.get("freshdesk_webhook")).put("ticket_id", "FZ-" + n);
    }
    if (payload.has("id")) {
      payload.put("id", "fuzz-" + n);
    }
  }

  private static void removeRandomField(ObjectNode payload, Random random) {
    ObjectNode parent = randomObject(payload, random);
    List<String> names = new ArrayList<>();
    parent.fieldNames().forEachRemaining(names::add);
    if (!names.isEmpty()) {
      parent.remove(names.get(random.nextInt(names.size())));
    }
  }

  private static void replaceRandomValue(ObjectNode payload, Random random) {
    ObjectNode parent = randomObject(payload, random);
    List<String> names = new ArrayList<>();
    parent.fieldNames().forEachRemaining(names::add);
    if (names.isEmpty()) {
      return;
    }
    parent.set(names.get(random.nextInt(names.size())), randomValue(random));
  }

  private static JsonNode randomValue(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.textNode("x".repeat(20_000 + random.nextInt(50_000)));
      case 3 -> NODES.booleanNode(random.nextBoolean());
      case 4 -> {
        ArrayNode huge = NODES.arrayNode();
        for (int i = 0; i < 5_000; i++) {
          huge.add(i);
        }
        yield huge;
      }
      case 5 -> {
        ObjectNode nested = NODES.objectNode();
        ObjectNode current = nested;
        for (int i = 0; i < 20; i++) {
          current = current.putObject("n");
        }
        yield nested;
      }
      case 6 -> NODES.textNode("<script>alert(1)</script>\u0000\u202e\uD83D\uDE00 ../../etc/passwd");
      case 7 -> NODES.textNode(HexFormat.of().formatHex(new byte[] {(byte) random.nextInt(), 1, 2}));
      case 8 -> NODES.textNode("");
      default -> NODES.numberNode(random.nextDouble() * 1e300);
    };
  }

  private static ObjectNode randomObject(ObjectNode root, Random random) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    return objects.get(random.nextInt(objects.size()));
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node.isObject()) {
      objects.add((ObjectNode) node);
    }
    for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
      collect(children.next(), objects);
    }
  }
}
