package com.sentimenttriage.writeback.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.sentimenttriage.support.ContextOfItsOwn;
import com.sentimenttriage.support.Tickets;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.writeback.WriteBackEndToEndTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with Zendesk credentials set, against Zendesk's stub, through real HTTP: a signed Zendesk webhook
 * in, the score written back by the process's own job. Each test has its own ticket and its own paying account, so
 * no cooldown of another applies.
 */
class ZendeskWriteBackEndToEndTest extends WriteBackEndToEndTest {

  private static final String ENGINE = "zendeskwriteback";
  private static final String SIGNING_SECRET = "test-zendesk-signing-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static WireMockExtension zendesk = ZendeskStub.server();

  @DynamicPropertySource
  static void zendeskWriteBack(DynamicPropertyRegistry registry) {
    ContextOfItsOwn.register(registry, ENGINE);
    registry.add("triage.helpdesk.zendesk.api-url", zendesk::baseUrl);
    registry.add("triage.helpdesk.zendesk.email", () -> ZendeskStub.EMAIL);
    registry.add("triage.helpdesk.zendesk.api-token", () -> ZendeskStub.TOKEN);
    registry.add("triage.helpdesk.zendesk.fields.label", () -> ZendeskStub.LABEL_FIELD);
    registry.add("triage.helpdesk.zendesk.fields.frustration", () -> ZendeskStub.FRUSTRATION_FIELD);
    registry.add("triage.helpdesk.zendesk.groups.senior-support", () -> ZendeskStub.SENIOR_GROUP);
    // Three attempts a second apart, so the incident comes within the test.
    registry.add("triage.helpdesk.retry-cycle", () -> "R3/PT1S");
  }

  @Autowired
  ManagementService managementService;
  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @Test
  void aScoredZendeskTicketGetsItsFieldsTagsAndActionsWhileTheReviewWaits() throws Exception {
    zendesk.stubFor(ZendeskStub.updateTicket("9101").willReturn(okJson("{\"ticket\": {\"id\": 9101}}")));

    String instance = postTicket("9101", Tickets.CHURN_THREAT, payingDomain(0));
    JsonNode ticket = awaitWrites("9101", 1).get(0);

    assertThat(ticket.at("/custom_fields/0/id").asLong()).isEqualTo(ZendeskStub.LABEL_FIELD);
    String label = variable(instance, "sentimentLabel");
    assertThat(ticket.at("/custom_fields/0/value").asText()).isEqualTo(label);
    assertThat(ticket.at("/custom_fields/1/value").asInt()).isEqualTo(Integer.parseInt(variable(instance,
        "frustration")));
    assertThat(ticket.get("additional_tags").toString()).contains("\"st_" + label.toLowerCase() + "\"");
    // The default queue stage here is ASSISTIVE: the actions table's actions go with the write.
    assertThat(ticket.get("additional_tags").toString()).contains("\"st_sla_negative\"");
    assertThat(ticket.has("priority")).isTrue();
    String actions = awaitVariable(instance, "helpdeskActions");
    await().atMost(Duration.ofSeconds(30)).until(() -> writesRecorded("9101") == 1);
    assertThat(actions).contains("tag=st_sla_negative");
    assertThat(jdbc.queryForObject("select actions from helpdesk_write_back where ticket_id = '9101'", String.class))
        .isEqualTo(actions);
    // The review (and the alert after it) never waited for the write-back.
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isOne();
  }

  @Test
  void aReScoreReplacesTheFields() throws Exception {
    zendesk.stubFor(ZendeskStub.updateTicket("9102").willReturn(okJson("{\"ticket\": {\"id\": 9102}}")));
    String instance = postTicket("9102", Tickets.CHURN_THREAT, payingDomain(1));
    String firstLabel = awaitWrites("9102", 1).get(0).at("/custom_fields/0/value").asText();

    postComment("9102", "Thanks a lot, the export works again and the team is happy.", payingDomain(1));
    List<JsonNode> writes = awaitWrites("9102", 2);

    assertThat(writes.get(1).at("/custom_fields/0/value").asText()).isNotEqualTo(firstLabel)
        .isEqualTo(variable(instance, "sentimentLabel"));
    assertThat(writes.get(1).get("remove_tags").toString()).contains("\"st_" + firstLabel.toLowerCase() + "\"");
    // The row commits with the job, just after the call went out.
    await().atMost(Duration.ofSeconds(30)).until(() -> writesRecorded("9102") == 2);
  }

  @Test
  void aDismissingVerdictReplacesTheEscalation() throws Exception {
    zendesk.stubFor(ZendeskStub.updateTicket("9108").willReturn(okJson("{\"ticket\": {\"id\": 9108}}")));
    String instance = postTicket("9108", Tickets.CHURN_THREAT, payingDomain(7));
    JsonNode first = awaitWrites("9108", 1).get(0);
    assertThat(first.get("additional_tags").toString()).contains("\"st_escalated\"");
    assertThat(first.get("comment").get("public").asBoolean()).isFalse();
    String task = await().atMost(Duration.ofSeconds(60)).until(() -> taskService.createTaskQuery()
        .processInstanceId(instance).singleResult(), found -> found != null).getId();

    taskService.complete(task, java.util.Map.of("reviewDecision", "dismiss"));
    JsonNode verdict = awaitWrites("9108", 2).get(1);

    assertThat(verdict.get("remove_tags").toString()).contains("\"st_escalated\"");
    assertThat(verdict.get("additional_tags").toString()).doesNotContain("st_escalated");
    assertThat(verdict.has("comment")).isFalse();
  }

  @Test
  void tooManyRequestsWaitsForRetryAfterThenWritesOnce() throws Exception {
    zendesk.stubFor(ZendeskStub.updateTicket("9103").inScenario("rate limit").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("limited"));
    zendesk.stubFor(ZendeskStub.updateTicket("9103").inScenario("rate limit").whenScenarioStateIs("limited")
        .willReturn(okJson("{\"ticket\": {\"id\": 9103}}")));

    postTicket("9103", Tickets.QUESTION, payingDomain(2));
    await().atMost(Duration.ofSeconds(60)).until(() -> writesRecorded("9103") == 1);

    List<ServeEvent> calls = calls("9103");
    assertThat(calls).extracting(e -> e.getResponse().getStatus()).containsExactly(429, 200);
    Duration waited = Duration.between(calls.get(0).getRequest().getLoggedDate().toInstant(),
        calls.get(1).getRequest().getLoggedDate().toInstant());
    assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(2_900));
  }

  @Test
  void serverErrorsEndInAnIncidentAndItsRetryWritesOnce() throws Exception {
    zendesk.stubFor(ZendeskStub.updateTicket("9104").willReturn(aResponse().withStatus(503)));

    String instance = postTicket("9104", Tickets.QUESTION, payingDomain(3));
    Incident incident = await().atMost(Duration.ofSeconds(60)).until(() -> runtimeService.createIncidentQuery()
        .processInstanceId(instance).activityId(TicketTriageProcess.Elements.WRITE_SCORE_BACK).singleResult(),
        found -> found != null);
    assertThat(calls("9104")).hasSize(3);

    zendesk.stubFor(ZendeskStub.updateTicket("9104").willReturn(okJson("{\"ticket\": {\"id\": 9104}}")));
    managementService.setJobRetries(incident.getConfiguration(), 1);
    await().atMost(Duration.ofSeconds(60)).until(() -> writesRecorded("9104") == 1);

    assertThat(calls("9104")).extracting(e -> e.getResponse().getStatus()).containsExactly(503, 503, 503, 200);
    await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId(TicketTriageProcess.Elements.WRITE_SCORE_BACK).finished().count() == 1);
  }

  @Test
  void aPassiveQueueWritesFieldsAndTagsButNoActions() throws Exception {
    List<String> queues = List.of("security", "churn", "billing", "social", "general", "community");
    try {
      for (String queue : queues) {
        jdbc.update("delete from rollout_queue_stage where queue = ?", queue);
        jdbc.update("insert into rollout_queue_stage (queue, stage, stage_since) values (?, 'PASSIVE', ?)", queue,
            java.sql.Timestamp.from(Instant.now()));
      }
      zendesk.stubFor(ZendeskStub.updateTicket("9105").willReturn(okJson("{\"ticket\": {\"id\": 9105}}")));

      String instance = postTicket("9105", Tickets.CHURN_THREAT, payingDomain(4));
      JsonNode ticket = awaitWrites("9105", 1).get(0);

      assertThat(variable(instance, "rolloutStage")).isEqualTo("PASSIVE");
      assertThat(ticket.has("priority")).isFalse();
      assertThat(ticket.has("group_id")).isFalse();
      assertThat(ticket.get("additional_tags").toString()).doesNotContain("st_sla_negative");
      assertThat(ticket.get("custom_fields")).isNotEmpty();
      assertThat(awaitVariable(instance, "helpdeskActions")).isEmpty();
    } finally {
      for (String queue : queues) {
        jdbc.update("delete from rollout_queue_stage where queue = ?", queue);
      }
    }
  }

  @Test
  void theGenericWebhookHasNoWriteBack() throws Exception {
    HttpResponse<String> accepted = postJson("/api/webhooks/generic", Tickets.json("9106", Tickets.CHURN_THREAT,
        payingDomain(5), "email"));
    assertThat(accepted.statusCode()).isEqualTo(202);
    String instance = JSON.readTree(accepted.body()).get("processInstanceId").asText();
    await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId(TicketTriageProcess.Elements.RECORD_SCORE).finished().count() == 1);

    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(TicketTriageProcess.Elements.WRITE_SCORE_BACK).count()).isZero();
    assertThat(zendesk.getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("9106"));
  }

  @Test
  void anEventWebhookWithoutTheRequestersEmailGetsItFromZendeskAndFindsTheAccount() throws Exception {
    zendesk.stubFor(ZendeskStub.showUser("7107").willReturn(okJson("""
        {"user": {"id": 7107, "name": "Sam Example", "email": "it@%s", "role": "end-user"}}"""
        .formatted(payingDomain(6)))));
    zendesk.stubFor(ZendeskStub.updateTicket("9107").willReturn(okJson("{\"ticket\": {\"id\": 9107}}")));
    var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
        getClass().getResourceAsStream("/webhooks/zendesk/ticket-created.json"));
    payload.put("id", "e2e-requester-9107");
    ((com.fasterxml.jackson.databind.node.ObjectNode) payload.get("detail")).put("id", "9107")
        .put("requester_id", "7107").put("organization_id", "0");

    HttpResponse<String> accepted = signed(JSON.writeValueAsString(payload));
    assertThat(accepted.statusCode()).isEqualTo(202);
    String instance = JSON.readTree(accepted.body()).get("processInstanceId").asText();

    await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId(TicketTriageProcess.Elements.LOOK_UP_ACCOUNT).finished().count() == 1);
    assertThat(variable(instance, "accountFound")).isEqualTo("true");
    zendesk.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        urlPathEqualTo("/api/v2/users/7107.json")));
  }

  // --- helpers

  private String postTicket(String ticketId, String text, String domain) throws Exception {
    String payload = JSON.writeValueAsString(JSON.createObjectNode().put("event", "ticket_created")
        .set("ticket", JSON.createObjectNode().put("id", ticketId).put("subject", "Ticket " + ticketId)
            .put("description", text).put("via", "Mail")
            .set("requester", JSON.createObjectNode().put("email", "it@" + domain).put("name", "Sam Example"))));
    HttpResponse<String> accepted = signed(payload);
    assertThat(accepted.statusCode()).isEqualTo(202);
    return JSON.readTree(accepted.body()).get("processInstanceId").asText();
  }

  private void postComment(String ticketId, String text, String domain) throws Exception {
    String payload = JSON.writeValueAsString(JSON.createObjectNode().put("event", "comment_added")
        .set("ticket", JSON.createObjectNode().put("id", ticketId).put("subject", "Ticket " + ticketId)
            .put("latest_comment", text).put("via", "Mail")
            .set("requester", JSON.createObjectNode().put("email", "it@" + domain).put("name", "Sam Example"))));
    assertThat(signed(payload).statusCode()).isBetween(200, 299);
  }

  /** Signed as Zendesk signs: base64 HMAC-SHA256 over timestamp + body. */
  private HttpResponse<String> signed(String payload) throws Exception {
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    String timestamp = Instant.now().toString();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
    String signature = Base64.getEncoder().encodeToString(mac.doFinal(body));
    return send(HttpRequest.newBuilder(uri("/api/webhooks/zendesk")).header("Content-Type", "application/json")
        .header("X-Zendesk-Webhook-Signature-Timestamp", timestamp)
        .header("X-Zendesk-Webhook-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private List<ServeEvent> calls(String ticketId) {
    return zendesk.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals("/api/v2/tickets/" + ticketId + ".json"))
        .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .toList();
  }

  /** The ticket objects of the successful updates, oldest first, once there are {@code count}. */
  private List<JsonNode> awaitWrites(String ticketId, int count) {
    await().atMost(Duration.ofSeconds(60)).until(() -> calls(ticketId).stream()
        .filter(e -> e.getResponse().getStatus() == 200).count() >= count);
    zendesk.verify(count, putRequestedFor(urlPathEqualTo("/api/v2/tickets/" + ticketId + ".json")));
    return calls(ticketId).stream().map(e -> {
      try {
        return JSON.readTree(e.getRequest().getBodyAsString()).get("ticket");
      } catch (Exception ex) {
        throw new IllegalStateException(ex);
      }
    }).toList();
  }

  private int writesRecorded(String ticketId) {
    return writesRecorded("zendesk", ticketId);
  }
}
