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
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posts a few hundred mutated, correctly signed payloads (fields removed, values of the wrong type, huge strings
 * and arrays, truncated or byte-flipped bodies) to every connector, then the hostile families that once got
 * through: unsigned deliveries on other spellings of the webhook paths, numbers over 100 digits, strings over
 * 1 MB, multipart content types, ticket ids of Unicode blanks, trailing tokens and concatenated objects, nesting
 * deeper than 32 and NUL in keys. Never a 5xx; a 4xx never starts or stores anything; and every payload of a
 * hostile family is refused. Seeded, so a failure can be replayed. Prints a summary line for the record.
 */
class WebhookFuzzTest extends IntegrationTest {

  private static final long SEED = 20261120L;
  private static final int MUTATIONS_PER_FIXTURE = 45;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int sent;
  private int refused;
  private int serverErrors;
  private int startedByRefusedInput;

  @Test
  void mutatedPayloadsNeverCauseA5xxAndRefusedOnesStartNothing() {
    Random random = new Random(SEED);
    Map<String, List<String>> fixtures = new TreeMap<>(Map.of(
        "zendesk", List.of("zendesk/ticket-created.json", "zendesk/comment-added.json",
            "zendesk/trigger-ticket-created.json"),
        "intercom", List.of("intercom/conversation-user-created.json", "intercom/conversation-user-replied.json"),
        "freshdesk", List.of("freshdesk/ticket-created.json", "freshdesk/customer-replied.json"),
        "generic", List.of(GENERIC)));
    for (Map.Entry<String, List<String>> connector : fixtures.entrySet()) {
      for (String fixture : connector.getValue()) {
        for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
          byte[] body = mutate(fixture(fixture), random, sent);
          attempt(fixture + " mutation " + i, connector.getKey(), false,
              () -> call(signed(connector.getKey(), "/api/webhooks/" + connector.getKey(), body, "application/json")));
        }
      }
      hostileFamilies(connector.getKey(), connector.getValue().get(0), random);
    }
    System.out.println("WebhookFuzzTest summary: payloads tried=" + sent + ", status counts=" + statuses
        + ", 5xx=" + serverErrors + ", refused=" + refused + ", instances started by refused input="
        + startedByRefusedInput);
    assertThat(failures).isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(500);
    assertThat(refused).as("the mutations exercise the refusals too").isGreaterThan(150);
  }

  /** Payloads that must all be refused (4xx), whatever the connector makes of them. */
  private void hostileFamilies(String connector, String fixture, Random random) {
    String canonical = "/api/webhooks/" + connector;
    for (String template : SPELLINGS) {
      String path = WebhookPathSpellingTest.spell(template, connector);
      byte[] body = uniqueBody(fixture);
      attempt("encoded path " + path, connector, true,
          () -> raw(path, Map.of("Content-Type", "application/json"), body));
    }
    for (int digits : new int[] {101, 1_000, 20_000}) {
      byte[] body = withRawValue(fixture, random, "9".repeat(digits));
      attempt("number of " + digits + " digits", connector, true, () -> signedPost(connector, body));
      byte[] decimal = withRawValue(fixture, random, "0." + "1".repeat(digits));
      attempt("decimal of " + digits + " digits", connector, true, () -> signedPost(connector, decimal));
    }
    for (int length : new int[] {1_048_577, 2_000_000}) {
      byte[] body = withRawValue(fixture, random, "\"" + "x".repeat(length) + "\"");
      attempt("string of " + length + " characters", connector, true, () -> signedPost(connector, body));
    }
    for (String type : new String[] {"multipart/form-data; boundary=fuzz", "multipart/form-data",
        "multipart/mixed; boundary=fuzz", "application/x-www-form-urlencoded", "text/plain", "application/xml",
        "application/json-patch+json", "not a media type"}) {
      byte[] body = ("--fuzz\r\nContent-Disposition: form-data; name=\"ticket\"\r\n\r\n"
          + new String(uniqueBody(fixture), StandardCharsets.UTF_8) + "\r\n--fuzz--\r\n")
          .getBytes(StandardCharsets.UTF_8);
      attempt("content type " + type, connector, true, () -> call(signed(connector, canonical, body, type)));
    }
    for (String blank : BLANK_IDS) {
      ObjectNode payload = fixture(fixture);
      uniquify(payload, blank);
      byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
      attempt("ticket id " + blank.codePoints().mapToObj(Integer::toHexString).toList(), connector, true,
          () -> signedPost(connector, body));
    }
    for (String trailing : new String[] {" x", " {}", " []", "]", "}", " 1", " \"t\"", " null", "\u0000"}) {
      byte[] body = (new String(uniqueBody(fixture), StandardCharsets.UTF_8) + trailing)
          .getBytes(StandardCharsets.UTF_8);
      attempt("trailing " + trailing.strip(), connector, true, () -> signedPost(connector, body));
    }
    String copy = new String(uniqueBody(fixture), StandardCharsets.UTF_8);
    byte[] concatenated = (copy + copy).getBytes(StandardCharsets.UTF_8);
    attempt("two concatenated objects", connector, true, () -> signedPost(connector, concatenated));
    for (int depth : new int[] {33, 64, 1_000}) {
      byte[] objects = withRawValue(fixture, random, "{\"n\":".repeat(depth) + "1" + "}".repeat(depth));
      attempt("objects nested " + depth + " deep", connector, true, () -> signedPost(connector, objects));
      byte[] arrays = withRawValue(fixture, random, "[".repeat(depth) + "]".repeat(depth));
      attempt("arrays nested " + depth + " deep", connector, true, () -> signedPost(connector, arrays));
    }
    for (String key : new String[] {"a\\u0000b", "\\u0000", "ticket\\u0000Id"}) {
      String json = new String(uniqueBody(fixture), StandardCharsets.UTF_8);
      byte[] body = ("{\"" + key + "\":1," + json.substring(1)).getBytes(StandardCharsets.UTF_8);
      attempt("NUL in key", connector, true, () -> signedPost(connector, body));
    }
  }

  /**
   * Sends one payload and checks the answer: no 5xx; a refusal with a problem detail that starts and stores
   * nothing; and, for a payload that must be refused, no acceptance.
   */
  private void attempt(String what, String connector, boolean mustBeRefused,
      java.util.function.Supplier<Answer> request) {
    long instancesBefore = instances();
    long deliveriesBefore = deliveries();
    Answer answer = request.get();
    sent++;
    statuses.merge(answer.status(), 1, Integer::sum);
    int status = answer.status();
    boolean started = instances() != instancesBefore || deliveries() != deliveriesBefore;
    if (status >= 500 || status == 0) {
      serverErrors++;
      failures.add(connector + " " + what + ": " + status + " " + cap(answer.body()));
    } else if (status >= 400) {
      refused++;
      if (started) {
        startedByRefusedInput++;
        failures.add(connector + " " + what + ": " + status + " but something was started or stored");
      }
      if (!answer.problemDetail()) {
        failures.add(connector + " " + what + ": " + status + " without a problem detail");
      }
    } else if (mustBeRefused) {
      startedByRefusedInput += started ? 1 : 0;
      failures.add(connector + " " + what + ": accepted with " + status + (started ? ", instance started" : ""));
    }
  }

  /** An answer from either client: the JDK's, or the raw socket for paths it would normalise. */
  private record Answer(int status, String body, boolean problemDetail) {
  }

  private Answer call(HttpRequest.Builder request) {
    HttpResponse<String> response = IntegrationTest.send(request);
    return new Answer(response.statusCode(), response.body(),
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }

  private Answer raw(String path, Map<String, String> headers, byte[] body) {
    RawHttp.Answer answer = RawHttp.post(port, path, headers, body);
    // The socket answer's headers are not parsed; a refusal by the servlet container itself has no problem body.
    return new Answer(answer.status(), answer.body(), true);
  }

  private Answer signedPost(String connector, byte[] body) {
    return call(signed(connector, "/api/webhooks/" + connector, body, "application/json"));
  }

  private long instances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count();
  }

  private static String cap(String text) {
    return text == null || text.length() < 300 ? text : text.substring(0, 300);
  }

  private static final String GENERIC = "generic";
  /** The spellings {@link WebhookPathSpellingTest} sends, all but the canonical ones. */
  private static final List<String> SPELLINGS = List.of("/api/webhooks/{c%}", "/api/webhooks/{c%lower}",
      "/api/webhooks/{c%%}", "/api/%77ebhooks/{c}", "/%61pi/webhooks/{c}", "//api/webhooks/{c}",
      "/api/webhooks//{c}", "/api/webhooks/{c}/", "/api/webhooks/{c};x=1", "/api;x=1/webhooks/{c}",
      "/api/webhooks/x/../{c}", "/api/webhooks/%2e%2e/webhooks/{c}", "/API/webhooks/{c}", "/api/webhooks/{C}");
  private static final List<String> BLANK_IDS = List.of("\u2003", "\u3000", "\u00a0", "\u2007", "\u202f",
      " \u2003\u3000 ", "\u2028", "\t\u3000\n", "\u1680", "\u205f");

  private int unique;

  private byte[] uniqueBody(String fixture) {
    ObjectNode payload = fixture(fixture);
    uniquify(payload, "FZ-H" + unique++);
    return payload.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The fixture with one random field's value replaced by {@code rawJson}, written as is. */
  private byte[] withRawValue(String fixture, Random random, String rawJson) {
    ObjectNode payload = fixture(fixture);
    uniquify(payload, "FZ-H" + unique++);
    String marker = "fuzz-marker-" + unique;
    ObjectNode parent = randomObject(payload, random);
    List<String> names = new ArrayList<>();
    parent.fieldNames().forEachRemaining(names::add);
    parent.put(names.isEmpty() ? "extra" : names.get(random.nextInt(names.size())), marker);
    return payload.toString().replace("\"" + marker + "\"", rawJson).getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode fixture(String name) {
    if (GENERIC.equals(name)) {
      ObjectNode generic = NODES.objectNode().put("ticketId", "G-FZ").put("eventId", "generic-event")
          .put("subject", "Export broken").put("body", "<p>The export has been broken for a week.</p>")
          .put("requesterEmail", "ops@acme.example").put("channel", "email").put("priority", "high")
          .put("createdAt", "2026-11-20T08:30:00Z");
      generic.putArray("messages").addObject().put("author", "customer").put("text", "Any news?");
      generic.putArray("tags").add("export");
      return generic;
    }
    return HelpdeskWebhookTest.fixture(name);
  }

  private long deliveries() {
    return jdbc.queryForObject("select count(*) from ticket_delivery", Long.class);
  }

  /** Signed as the connector's helpdesk signs; the generic webhook is open in the test profile. */
  private HttpRequest.Builder signed(String connector, String path, byte[] body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return switch (connector) {
      case "zendesk" -> HelpdeskWebhookTest.zendeskSigned(request, body, Instant.now());
      case "intercom" -> HelpdeskWebhookTest.intercomSigned(request, body);
      case "freshdesk" -> request.header("X-Triage-Token", HelpdeskWebhookTest.FRESHDESK_TOKEN);
      default -> request;
    };
  }

  private static byte[] mutate(ObjectNode payload, Random random, int n) {
    uniquify(payload, "FZ-" + n);
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
  private static void uniquify(ObjectNode payload, String ticketId) {
    if (payload.path("detail").isObject()) {
      ((ObjectNode) payload.get("detail")).put("id", ticketId);
    }
    if (payload.path("ticket").isObject()) {
      ((ObjectNode) payload.get("ticket")).put("id", ticketId);
    }
    if (payload.path("data").path("item").isObject()) {
      ((ObjectNode) payload.get("data").get("item")).put("id", ticketId);
    }
    if (payload.path("freshdesk_webhook").isObject()) {
      ((ObjectNode) payload.get("freshdesk_webhook")).put("ticket_id", ticketId);
    }
    if (payload.has("ticketId")) {
      payload.put("ticketId", ticketId);
    }
    if (payload.has("id")) {
      payload.put("id", "fuzz-" + ticketId);
    }
    if (payload.has("eventId")) {
      payload.put("eventId", "fuzz-" + ticketId);
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
