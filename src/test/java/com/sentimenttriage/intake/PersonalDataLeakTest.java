package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds personal data into every connector's payload (text, thread, subject, requester), lets triage run, then
 * reads the whole application log of the run and every text column of the app's tables and of Camunda's variable
 * tables: none of it may be there. The requester e-mail is allowed in exactly one place, the requesterEmail
 * variable used as the account lookup key.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLeakTest extends IntegrationTest {

  private static final String REQUESTER = "quinn.leakwood@acme-secret.example";
  private static final List<String> SEEDS = List.of(
      "leaky.person@private-mail.example", "+49 30 12345678", "30 12345678", "4111 1111 1111 1111",
      "4111111111111111", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "203.0.113.77",
      "gb82 west 1234 5698 7654 32", "5555 5555 5555 4444", "2001:db8:85a3::8a2e:370:7334", "fe80::1ff:fe23:4567:890a",
      "221B Baker Street", "Baker Street", "Quinn Leakwood");
  private static final String PII = " Mail me at leaky.person@private-mail.example or call +49 30 12345678. My card "
      + "4111 1111 1111 1111 was charged twice, refund to DE89 3704 0044 0532 0130 00. I log in from 203.0.113.77 "
      + "and live at 221B Baker Street. My partner pays with 5555 5555 5555 4444 from gb82 west 1234 5698 7654 32 "
      + "and logs in from 2001:db8:85a3::8a2e:370:7334 or [fe80::1ff:fe23:4567:890a%eth0]:443. ";

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ManagementService managementService;

  @Test
  void noSeededPersonalDataReachesTheLogOrTheDatabase(CapturedOutput output) {
    List<String> instances = new ArrayList<>();

    ObjectNode zendesk = HelpdeskWebhookTest.fixture("zendesk/trigger-ticket-created.json");
    ObjectNode ticket = (ObjectNode) zendesk.get("ticket");
    ticket.put("id", "LEAK-1").put("subject", "Refund to DE89 3704 0044 0532 0130 00")
        .put("description", "This is unacceptable, I am furious." + PII);
    ticket.with("requester").put("email", REQUESTER).put("name", "Quinn Leakwood");
    instances.add(accepted(signedZendesk(zendesk)));

    ObjectNode comment = HelpdeskWebhookTest.fixture("zendesk/comment-added.json");
    ((ObjectNode) comment.get("detail")).put("id", "LEAK-1");
    ((ObjectNode) comment.get("event").get("comment")).put("body", "<p>Still waiting." + PII + "</p>")
        .with("author").put("name", "Quinn Leakwood");
    instances.add(accepted(signedZendesk(comment)));

    ObjectNode intercom = HelpdeskWebhookTest.fixture("intercom/conversation-user-replied.json");
    ObjectNode item = (ObjectNode) intercom.get("data").get("item");
    item.put("id", "LEAK-2");
    ((ObjectNode) item.get("source")).put("body", "<p>First message." + PII + "</p>")
        .with("author").put("email", REQUESTER).put("name", "Quinn Leakwood");
    ArrayNode parts = (ArrayNode) item.get("conversation_parts").get("conversation_parts");
    ((ObjectNode) parts.get(1)).put("body", "<p>We will cancel." + PII + "</p>");
    byte[] intercomBody = intercom.toString().getBytes(StandardCharsets.UTF_8);
    instances.add(accepted(send(HelpdeskWebhookTest.intercomSigned(request("intercom", intercomBody), intercomBody))));

    ObjectNode freshdesk = HelpdeskWebhookTest.fixture("freshdesk/ticket-created.json");
    ((ObjectNode) freshdesk.get("freshdesk_webhook")).put("ticket_id", "LEAK-3")
        .put("ticket_description", "<div>Nothing works." + PII + "</div>")
        .put("ticket_contact_email", REQUESTER).put("ticket_contact_name", "Quinn Leakwood");
    instances.add(accepted(send(request("freshdesk", freshdesk.toString().getBytes(StandardCharsets.UTF_8))
        .header("X-Triage-Token", HelpdeskWebhookTest.FRESHDESK_TOKEN))));

    instances.add(accepted(postJson("/api/webhooks/generic", """
        {"ticketId": "LEAK-4", "subject": "Card 4111 1111 1111 1111", "body": "Terrible service.%s",
         "requesterEmail": "%s", "requesterName": "Quinn Leakwood",
         "messages": [{"author": "customer", "text": "Earlier:%s"}, {"author": "agent", "text": "Noted."}]}"""
        .formatted(PII, REQUESTER, PII))));

    // Three minutes, not one: a job that loses an optimistic-locking race (the Intercom thread's parts arrive as one
    // delivery beside its own instance) is retried on its step's cycle, a minute later for the account lookup.
    await().atMost(Duration.ofMinutes(3)).until(() -> instances.stream()
        .allMatch(id -> managementService.createJobQuery().processInstanceId(id).messages().count() == 0));

    String log = output.getAll();
    assertThat(log).as("the application log of this run is captured").contains("zendesk:LEAK-1 started instance");
    for (String seed : SEEDS) {
      assertThat(log).as("the log").doesNotContain(seed);
    }
    assertThat(log).as("the log").doesNotContain(REQUESTER);

    String appTables = appTablesText();
    String variables = camundaVariablesText();
    for (String seed : SEEDS) {
      assertThat(appTables).as("app tables").doesNotContain(seed);
      assertThat(variables).as("Camunda variables").doesNotContain(seed);
    }
    assertThat(appTables).doesNotContain(REQUESTER);
    assertThat(variables).doesNotContain(REQUESTER);
    assertThat(variables).contains("[EMAIL]").contains("[CARD]").contains("[IBAN]").contains("[IP]")
        .contains("[ADDRESS]").contains("[PHONE]");
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where NAME_ = 'requesterEmail' and TEXT_ = ?",
        Long.class, REQUESTER)).as("kept only as the lookup key").isPositive();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where NAME_ = 'requesterName' and TEXT_ = ?",
        Long.class, "Q. L.")).as("who wrote in, for the CS alert: initials only").isPositive();
  }

  private HttpRequest.Builder request(String connector, byte[] body) {
    return HttpRequest.newBuilder(uri("/api/webhooks/" + connector)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private HttpResponse<String> signedZendesk(ObjectNode payload) {
    byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
    return send(HelpdeskWebhookTest.zendeskSigned(request("zendesk", body), body, Instant.now()));
  }

  private static String accepted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return HelpdeskWebhookTest.json(response).get("processInstanceId").asText();
  }

  /** Every column of every table Flyway manages, as text. */
  private String appTablesText() {
    StringBuilder all = new StringBuilder();
    // Upper- and lower-case names alike: H2 reports PUBLIC and ACT_..., PostgreSQL public and act_...
    List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
        + "lower(table_schema) = 'public' and table_type = 'BASE TABLE' and upper(table_name) not like 'ACT!_%' "
        + "escape '!' and lower(table_name) <> 'flyway_schema_history'", String.class);
    assertThat(tables).extracting(String::toLowerCase).contains("ticket_delivery", "scored_ticket", "cs_alert");
    for (String table : tables) {
      for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
        row.values().forEach(value -> all.append(value).append('\n'));
      }
    }
    return all.toString();
  }

  /** Camunda's runtime and history variable text columns, except the lookup key itself. */
  private String camundaVariablesText() {
    StringBuilder all = new StringBuilder();
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.queryForList("select NAME_, TEXT_, TEXT2_ from " + table + " where NAME_ <> 'requesterEmail'")
          .forEach(row -> all.append(row.get("TEXT_")).append('\n').append(row.get("TEXT2_")).append('\n'));
    }
    return all.toString();
  }
}
