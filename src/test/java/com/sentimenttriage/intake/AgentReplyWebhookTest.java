package com.sentimenttriage.intake;

import static com.sentimenttriage.intake.HelpdeskWebhookTest.FRESHDESK_TOKEN;
import static com.sentimenttriage.intake.HelpdeskWebhookTest.fixture;
import static com.sentimenttriage.intake.HelpdeskWebhookTest.intercomSigned;
import static com.sentimenttriage.intake.HelpdeskWebhookTest.json;
import static com.sentimenttriage.intake.HelpdeskWebhookTest.zendeskSigned;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 over real HTTP with real signatures: each helpdesk's agent reply is accepted (202; 200 for the retry),
 * starts no triage instance, and is stored once, masked, as the thread's agent turn; a customer's message is stored
 * beside it as a customer turn.
 */
class AgentReplyWebhookTest extends IntegrationTest {

  private static final String REPLY_WITH_PERSONAL_DATA =
      "<p>Sorry! Write to me at sam.agent@support.example or call +1 415 555 0134 and we fix it today.</p>";

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  private HttpRequest.Builder request(String connector, byte[] body) {
    return HttpRequest.newBuilder(uri("/api/webhooks/" + connector)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private HttpResponse<String> zendesk(JsonNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return send(zendeskSigned(request("zendesk", body), body, Instant.now()));
  }

  private HttpResponse<String> intercom(JsonNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return send(intercomSigned(request("intercom", body), body));
  }

  private HttpResponse<String> freshdesk(JsonNode payload) {
    return send(request("freshdesk", payload.toString().getBytes(StandardCharsets.UTF_8))
        .header("X-Triage-Token", FRESHDESK_TOKEN));
  }

  private long instances(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY)
        .processInstanceBusinessKey(businessKey).count();
  }

  private List<Map<String, Object>> turns(String source, String ticketId) {
    return jdbc.queryForList("select author, agent_id, agent_name, masked_text from thread_turn"
        + " where source = ? and ticket_id = ? order by id", source, ticketId);
  }

  private void assertStoredOnceMaskedWithoutTriage(String source, String ticketId, HttpResponse<String> first,
      HttpResponse<String> retry, String agentId) {
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(json(first).get("agentReply").asBoolean()).isTrue();
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(json(retry).get("duplicate").asBoolean()).isTrue();
    assertThat(instances(source + ":" + ticketId)).isZero();
    assertThat(turns(source, ticketId)).singleElement().satisfies(turn -> {
      assertThat(turn.get("author")).isEqualTo("AGENT");
      assertThat(turn.get("agent_id")).isEqualTo(agentId);
      assertThat((String) turn.get("masked_text")).contains("we fix it today").contains("[EMAIL]")
          .contains("[PHONE]").doesNotContain("sam.agent@").doesNotContain("0134").doesNotContain("<p>");
    });
  }

  @Test
  void aZendeskAgentCommentIsStoredMaskedAsAnAgentTurnAndStartsNothing() {
    String ticketId = "ZD-AR-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode payload = fixture("zendesk/agent-comment-added.json");
    payload.put("id", UUID.randomUUID().toString());
    ((ObjectNode) payload.get("detail")).put("id", ticketId);
    ((ObjectNode) payload.path("event").path("comment")).put("body", REPLY_WITH_PERSONAL_DATA);

    assertStoredOnceMaskedWithoutTriage("zendesk", ticketId, zendesk(payload), zendesk(payload), "8447388090123");
  }

  @Test
  void anIntercomAdminReplyIsStoredMaskedAsAnAgentTurnAndStartsNothing() {
    String conversationId = "9" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
    ObjectNode payload = fixture("intercom/conversation-user-replied.json");
    payload.put("topic", "conversation.admin.replied").put("id", "notif_" + UUID.randomUUID());
    ObjectNode item = (ObjectNode) payload.path("data").path("item");
    item.put("id", conversationId);
    ((ArrayNode) item.path("conversation_parts").path("conversation_parts")).addObject()
        .put("type", "conversation_part").put("part_type", "comment").put("body", REPLY_WITH_PERSONAL_DATA)
        .put("created_at", 1763644500).putObject("author").put("type", "admin").put("id", "5712399")
        .put("name", "Lee Agent");

    assertStoredOnceMaskedWithoutTriage("intercom", conversationId, intercom(payload), intercom(payload), "5712399");
  }

  @Test
  void aFreshdeskReplySentIsStoredMaskedAsAnAgentTurnAndStartsNothing() {
    int ticketId = 700_000 + (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 100_000);
    ObjectNode payload = fixture("freshdesk/customer-replied.json");
    ObjectNode hook = (ObjectNode) payload.get("freshdesk_webhook");
    hook.put("ticket_id", ticketId).put("triggered_event", "{reply_sent:sent}")
        .put("ticket_latest_public_comment", REPLY_WITH_PERSONAL_DATA)
        .put("ticket_agent_name", "Pat Agent").put("ticket_agent_email", "pat.agent@support.example");

    assertStoredOnceMaskedWithoutTriage("freshdesk", String.valueOf(ticketId), freshdesk(payload),
        freshdesk(payload), "pat.agent@support.example");
  }

  @Test
  void aCustomerMessageIsStoredAsTheThreadsCustomerTurnBesideTriage() {
    String ticketId = "ZD-CT-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode payload = fixture("zendesk/ticket-created.json");
    payload.put("id", UUID.randomUUID().toString());
    ((ObjectNode) payload.get("detail")).put("id", ticketId);

    HttpResponse<String> first = zendesk(payload);
    HttpResponse<String> retry = zendesk(payload);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(instances("zendesk:" + ticketId)).isEqualTo(1);
    assertThat(turns("zendesk", ticketId)).singleElement().satisfies(turn -> {
      assertThat(turn.get("author")).isEqualTo("CUSTOMER");
      assertThat((String) turn.get("masked_text")).contains("three times").contains("[PHONE]").doesNotContain("555");
    });
  }
}
