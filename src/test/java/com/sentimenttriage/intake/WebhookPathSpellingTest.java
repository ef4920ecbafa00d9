package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.intake.signature.GenericSignatureVerifier;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.survey.SurveyCommentTriageProcess;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import com.sentimenttriage.support.ContextOfItsOwn;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Signatures and the size limit hold however a webhook path is spelled. Every spelling below reaches the same
 * handler in some server or proxy (percent-encoded letters, double slashes, a trailing slash, {@code ;} path
 * parameters, dot segments, upper case), so each is sent verbatim over a socket to each connector, unsigned: the
 * answer is 400, 401 or 404 and no instance starts. The generic webhook's verification is ON here, as in
 * production. Behind routing, a request that did not pass the guard never reaches a webhook handler.
 */
@TestPropertySource(properties = "triage.webhooks.generic.verify=true")
class WebhookPathSpellingTest extends IntegrationTest {

  @DynamicPropertySource
  static void engineOfItsOwn(DynamicPropertyRegistry registry) {
    ContextOfItsOwn.register(registry, "pathspelling");
  }

  private static final List<String> CONNECTORS = List.of("zendesk", "intercom", "freshdesk", "generic", "survey");
  private static final String GENERIC_SECRET = "test-generic-secret";
  private static final AtomicInteger TICKETS = new AtomicInteger();

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  WebApplicationContext context;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** {c}: the connector; {c%}: its first letter percent-encoded; {c%%}: every letter; {C}: upper case. */
  static Stream<Arguments> spellings() {
    List<String> templates = List.of(
        "/api/webhooks/{c%}", "/api/webhooks/{c%lower}", "/api/webhooks/{c%%}", "/api/%77ebhooks/{c}",
        "/%61pi/webhooks/{c}", "/%61%70%69/%77%65%62%68%6f%6f%6b%73/{c%%}",
        "//api/webhooks/{c}", "/api//webhooks/{c}", "/api/webhooks//{c}", "/api/webhooks/{c}/",
        "/api/webhooks/{c};x=1", "/api/webhooks;x=1/{c}", "/api;/webhooks/{c}", "/api/webhooks/{c};",
        "/api/webhooks/./{c}", "/api/webhooks/x/../{c}", "/api/x/../webhooks/{c}", "/x/../api/webhooks/{c}",
        "/api/webhooks/%2e/{c}", "/api/webhooks/%2e%2e/webhooks/{c}", "/api/x/%2E%2E/webhooks/{c}",
        "/API/webhooks/{c}", "/api/WEBHOOKS/{c}", "/Api/Webhooks/{c}", "/api/webhooks/{C}",
        "/api/webhooks/{c}%20", "/api/webhooks%2F{c}", "/api/webhooks/{c}/.", "/api/webhooks/{c}/x/..",
        // The canonical spelling and a query string, unsigned: the plain signature check.
        "/api/webhooks/{c}", "/api/webhooks/{c}?x=1");
    return CONNECTORS.stream().flatMap(c -> templates.stream().map(t -> Arguments.of(c, spell(t, c))));
  }

  static String spell(String template, String connector) {
    StringBuilder all = new StringBuilder();
    connector.chars().forEach(ch -> all.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) ch)));
    String first = all.substring(0, 3);
    return template
        .replace("{c%%}", all)
        .replace("{c%lower}", first.toLowerCase(Locale.ROOT) + connector.substring(1))
        .replace("{c%}", first + connector.substring(1))
        .replace("{C}", connector.toUpperCase(Locale.ROOT))
        .replace("{c}", connector);
  }

  /** A delivery that starts an instance when it is accepted, with a ticket id no other test uses. */
  static byte[] delivery(String connector, String ticketId) {
    ObjectNode payload = switch (connector) {
      case "zendesk" -> {
        ObjectNode p = HelpdeskWebhookTest.fixture("zendesk/ticket-created.json");
        ((ObjectNode) p.get("detail")).put("id", ticketId);
        yield p.put("id", "event-" + ticketId);
      }
      case "intercom" -> {
        ObjectNode p = HelpdeskWebhookTest.fixture("intercom/conversation-user-created.json");
        ((ObjectNode) p.get("data").get("item")).put("id", ticketId);
        yield p.put("id", "event-" + ticketId);
      }
      case "freshdesk" -> {
        ObjectNode p = HelpdeskWebhookTest.fixture("freshdesk/ticket-created.json");
        ((ObjectNode) p.get("freshdesk_webhook")).put("ticket_id", ticketId);
        yield p;
      }
      // Issue 20: a survey response (signed in the test profile too)
      case "survey" -> HelpdeskWebhookTest.JSON.createObjectNode().put("responseId", ticketId).put("score", 2)
          .put("comment", "The export has been broken for a week and nobody answers.")
          .put("respondentEmail", "ops@acme.example");
      default -> HelpdeskWebhookTest.JSON.createObjectNode().put("ticketId", ticketId)
          .put("body", "The export has been broken for a week and nobody answers.")
          .put("requesterEmail", "ops@acme.example");
    };
    return payload.toString().getBytes(StandardCharsets.UTF_8);
  }

  private long instances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count()
        + historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(SurveyCommentTriageProcess.KEY).count();
  }

  private long deliveries() {
    return jdbc.queryForObject("select count(*) from ticket_delivery", Long.class);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("spellings")
  void anUnsignedDeliveryIsRefusedHoweverThePathIsSpelled(String connector, String path) {
    long instancesBefore = instances();
    long deliveriesBefore = deliveries();

    RawHttp.Answer answer = RawHttp.post(port, path, Map.of("Content-Type", "application/json"),
        delivery(connector, "SP-" + TICKETS.incrementAndGet()));

    assertThat(answer.status()).as(answer.body()).isIn(400, 401, 404);
    assertThat(instances()).isEqualTo(instancesBefore);
    assertThat(deliveries()).isEqualTo(deliveriesBefore);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zendesk", "intercom", "freshdesk", "generic", "survey"})
  void anOversizedBodyOnAnotherSpellingIsRefusedBeforeAnyHandlerReadsIt(String connector) {
    long instancesBefore = instances();
    String huge = "{\"ticketId\":\"SP-HUGE\",\"body\":\"" + "x".repeat(3 * 1_048_576) + "\"}";

    RawHttp.Answer answer = RawHttp.post(port, spell("/api/webhooks/{c%}", connector),
        Map.of("Content-Type", "application/json"), huge.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.body()).isIn(400, 401, 404, 413);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void theGenericWebhookRefusesAWrongSignatureAndAcceptsTheRightOne() {
    byte[] body = delivery("generic", "SP-SIGNED");
    long now = Instant.now().getEpochSecond();
    String wrong = GenericSignatureVerifier.sign(GENERIC_SECRET, now, "{\"ticketId\":\"other\"}".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> refused = send(genericRequest(body, now, wrong));
    HttpResponse<String> accepted = send(genericRequest(body, now, GenericSignatureVerifier.sign(GENERIC_SECRET, now,
        body)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY)
        .processInstanceBusinessKey("generic:SP-SIGNED").count()).isEqualTo(1);
  }

  private HttpRequest.Builder genericRequest(byte[] body, long timestamp, String signature) {
    return HttpRequest.newBuilder(uri("/api/webhooks/generic")).header("Content-Type", "application/json")
        .header(GenericSignatureVerifier.TIMESTAMP, String.valueOf(timestamp))
        .header(GenericSignatureVerifier.SIGNATURE, signature)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /**
   * Defence in depth: should a future spelling slip past the guard filter, the handler still refuses. The servlet
   * filters are left out here on purpose (MockMvc without filters), so no request has passed the guard; every
   * handler mapped under /api/webhooks, found from the routing table, must answer 401 and start nothing.
   */
  @Test
  void everyWebhookHandlerRefusesARequestThatDidNotPassTheGuard() throws Exception {
    MockMvc withoutFilters = MockMvcBuilders.webAppContextSetup(context).build();
    Set<String> paths = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(pattern -> pattern.startsWith("/api/webhooks")).forEach(paths::add));
    assertThat(paths).containsExactlyInAnyOrder(CONNECTORS.stream().map(c -> "/api/webhooks/" + c).toArray(String[]::new));

    List<String> reached = new ArrayList<>();
    for (String path : paths) {
      long before = instances();
      String connector = path.substring(path.lastIndexOf('/') + 1);
      MvcResult result = withoutFilters.perform(MockMvcRequestBuilders.post(path).contentType("application/json")
          .content(delivery(connector, "SP-NOGUARD-" + connector))).andReturn();
      if (result.getResponse().getStatus() != 401 || instances() != before) {
        reached.add(path + " answered " + result.getResponse().getStatus());
      }
    }
    assertThat(reached).isEmpty();
  }
}
