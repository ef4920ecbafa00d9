package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The helpdesk connectors over real HTTP with their real signatures (test secrets from application-test.yaml):
 * signed deliveries start triage, unsigned or stale ones start nothing, retries are answered with the existing
 * instance, and a customer's follow-up reaches the running instance's review task.
 */
class HelpdeskWebhookTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ZENDESK_SECRET = "test-zendesk-signing-secret";
  static final String INTERCOM_SECRET = "test-intercom-client-secret";
  static final String FRESHDESK_TOKEN = "test-freshdesk-token";

  @Autowired
  HistoryService historyService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  static ObjectNode fixture(String name) {
    try (InputStream in = HelpdeskWebhookTest.class.getResourceAsStream("/webhooks/" + name)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpRequest.Builder zendeskSigned(HttpRequest.Builder request, byte[] body, Instant at) {
    String timestamp = at.toString();
    return request.header("X-Zendesk-Webhook-Signature-Timestamp", timestamp)
        .header("X-Zendesk-Webhook-Signature", Base64.getEncoder().encodeToString(
            hmac("HmacSHA256", ZENDESK_SECRET, timestamp.getBytes(StandardCharsets.UTF_8), body)));
  }

  static HttpRequest.Builder intercomSigned(HttpRequest.Builder request, byte[] body) {
    return request.header("X-Hub-Signature", "sha1=" + HexFormat.of().formatHex(hmac("HmacSHA1", INTERCOM_SECRET, body)));
  }

  static byte[] hmac(String algorithm, String secret, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String connector, byte[] body) {
    return HttpRequest.newBuilder(uri("/api/webhooks/" + connector)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  HttpResponse<String> zendesk(JsonNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return send(zendeskSigned(request("zendesk", body), body, Instant.now()));
  }

  HttpResponse<String> intercom(JsonNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return send(intercomSigned(request("intercom", body), body));
  }

  long instances(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).processInstanceBusinessKey(businessKey).count();
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSignedZendeskTicketStartsTriageWithMaskedTextAndARetryStartsNothing() {
    ObjectNode payload = fixture("zendesk/ticket-created.json");
    ((ObjectNode) payload.get("detail")).put("id", "ZD-100");

    HttpResponse<String> first = zendesk(payload);
    HttpResponse<String> retry = zendesk(payload);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(retry.statusCode()).isEqualTo(200);
    String instanceId = json(first).get("processInstanceId").asText();
    assertThat(json(retry).get("processInstanceId").asText()).isEqualTo(instanceId);
    assertThat(json(retry).get("duplicate").asBoolean()).isTrue();
    assertThat(instances("zendesk:ZD-100")).isEqualTo(1);
    String text = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(TriageVariables.TICKET_TEXT.name()).singleResult().getValue();
    assertThat(text).contains("three times").contains("[PHONE]").doesNotContain("555").doesNotContain("<p>");
  }

  @Test
  void unsignedWrongOrStaleDeliveriesAreRefusedWith401AndStartNothing() {
    ObjectNode payload = fixture("zendesk/ticket-created.json");
    ((ObjectNode) payload.get("detail")).put("id", "ZD-401");
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    byte[] tampered = payload.toString().replace("Export broken", "Export fine").getBytes(StandardCharsets.UTF_8);

    List<HttpResponse<String>> refused = List.of(
        send(request("zendesk", body)),
        send(zendeskSigned(request("zendesk", tampered), body, Instant.now())),
        send(zendeskSigned(request("zendesk", body), body, Instant.now().minus(Duration.ofMinutes(6)))),
        send(request("intercom", body).header("X-Hub-Signature", "sha1=" + "ab".repeat(20))),
        send(request("freshdesk", body).header("X-Triage-Token", "guess")));

    assertThat(refused).allSatisfy(response -> {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(json(response).get("title").asText()).isEqualTo("Signature rejected");
    });
    assertThat(instances("zendesk:ZD-401")).isZero();
  }

  @Test
  void freshdeskWithTheSharedTokenIsAccepted() {
    ObjectNode payload = fixture("freshdesk/ticket-created.json");
    ((ObjectNode) payload.get("freshdesk_webhook")).put("ticket_id", 99001);
    HttpResponse<String> response = send(request("freshdesk", payload.toString().getBytes(StandardCharsets.UTF_8))
        .header("X-Triage-Token", FRESHDESK_TOKEN));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(instances("freshdesk:99001")).isEqualTo(1);
  }

  @Test
  void eventsTriageDoesNotScoreAreAnsweredWith200AndIgnored() {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count();

    HttpResponse<String> closed = intercom(fixture("intercom/conversation-admin-closed.json"));
    HttpResponse<String> agent = zendesk(fixture("zendesk/agent-comment-added.json"));

    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(json(closed).get("ignored").asBoolean()).isTrue();
    // Issue 17: an agent's reply is accepted (202) and stored as an agent turn, but starts nothing either.
    assertThat(agent.statusCode()).isIn(200, 202);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count()).isEqualTo(before);
  }

  @Test
  void badBodiesGetProblemDetailsAndStartNothing() {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count();
    long deliveries = jdbc.queryForObject("select count(*) from ticket_delivery", Long.class);
    byte[] tooLarge = new byte[1_048_577];
    java.util.Arrays.fill(tooLarge, (byte) ' ');
    byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    byte[] deep = ("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}").getBytes(StandardCharsets.UTF_8);
    ObjectNode noId = fixture("zendesk/ticket-created.json");
    ((ObjectNode) noId.get("detail")).remove("id");
    ObjectNode emptyText = fixture("zendesk/ticket-created.json");
    ((ObjectNode) emptyText.get("detail")).put("description", "<p> </p>");

    assertProblem(signedZendesk(tooLarge), 413, "Payload too large");
    assertProblem(signedZendesk(invalidUtf8), 400, "Unreadable ticket");
    assertProblem(signedZendesk(deep), 400, "Unreadable ticket");
    assertProblem(signedZendesk("not json".getBytes(StandardCharsets.UTF_8)), 400, "Unreadable ticket");
    assertProblem(signedZendesk("[1,2]".getBytes(StandardCharsets.UTF_8)), 400, "Unreadable ticket");
    assertProblem(zendesk(noId), 400, "Invalid ticket");
    assertProblem(zendesk(emptyText), 400, "Invalid ticket");
    byte[] form = "ticket=1".getBytes(StandardCharsets.UTF_8);
    assertProblem(send(zendeskSigned(HttpRequest.newBuilder(uri("/api/webhooks/zendesk"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(form)),
        form, Instant.now())), 400, "Wrong content type");

    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from ticket_delivery", Long.class)).isEqualTo(deliveries);
  }

  private HttpResponse<String> signedZendesk(byte[] body) {
    return send(zendeskSigned(request("zendesk", body), body, Instant.now()));
  }

  private static void assertProblem(HttpResponse<String> response, int status, String title) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response).get("title").asText()).isEqualTo(title);
    assertThat(json(response).get("detail").asText()).isNotBlank();
  }

  @Test
  void aFollowUpReachesTheOpenReviewTaskAndAfterTheEndStartsALinkedInstance() {
    ObjectNode created = fixture("zendesk/trigger-ticket-created.json");
    ObjectNode ticket = (ObjectNode) created.get("ticket");
    ticket.put("id", "ZD-FOLLOW");
    ticket.with("requester").put("email", "ops@acme.example");
    ticket.put("description", "I have asked three times and still no answer. This is unacceptable: the export has "
        + "been broken since the update and we are reconsidering our renewal.");
    HttpResponse<String> started = zendesk(created);
    assertThat(started.statusCode()).isEqualTo(202);
    String instanceId = json(started).get("processInstanceId").asText();
    Task review = await().atMost(Duration.ofSeconds(30)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult(), task -> task != null);

    ObjectNode comment = fixture("zendesk/comment-added.json");
    ((ObjectNode) comment.get("detail")).put("id", "ZD-FOLLOW");
    HttpResponse<String> followUp = zendesk(comment);

    assertThat(followUp.statusCode()).isEqualTo(202);
    assertThat(json(followUp).get("processInstanceId").asText()).isEqualTo(instanceId);
    assertThat(json(followUp).get("correlated").asBoolean()).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(1).equals(
        runtimeService.getVariable(instanceId, TriageVariables.CUSTOMER_REPLIES.name())));
    assertThat(taskService.getVariable(review.getId(), TriageVariables.TICKET_TEXT.name()))
        .isEqualTo("Still nothing. We are now cancelling the contract at the end of the month.");
    assertThat((String) runtimeService.getVariable(instanceId, TriageVariables.CONVERSATION.name()))
        .contains("three times");
    assertThat(runtimeService.getVariable(instanceId, TriageVariables.THREAD_TREND.name())).isNotNull();
    assertThat(instances("zendesk:ZD-FOLLOW")).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).isEqualTo(1);

    taskService.complete(review.getId(), java.util.Map.of("reviewDecision", "dismiss"));
    await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY)
        .processInstanceId(instanceId).finished().count() == 1);

    ObjectNode later = fixture("zendesk/comment-added.json");
    ((ObjectNode) later.get("detail")).put("id", "ZD-FOLLOW");
    later.put("id", "5d6f1e0a-later");
    HttpResponse<String> reopened = zendesk(later);

    assertThat(reopened.statusCode()).isEqualTo(202);
    String newInstanceId = json(reopened).get("processInstanceId").asText();
    assertThat(newInstanceId).isNotEqualTo(instanceId);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(newInstanceId)
        .variableName(TriageVariables.PREVIOUS_PROCESS_INSTANCE_ID.name()).singleResult().getValue())
        .isEqualTo(instanceId);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY)
        .processInstanceBusinessKey("zendesk:ZD-FOLLOW").processDefinitionKey(TicketTriageProcess.KEY).count())
        .isEqualTo(2);
    await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(newInstanceId).activityId(TicketTriageProcess.Elements.RECORD_SCORE).finished().count() == 1);
    assertThat(jdbc.queryForObject("select process_instance_id from scored_ticket where business_key = ?",
        String.class, "zendesk:ZD-FOLLOW")).isEqualTo(newInstanceId);
  }
}
