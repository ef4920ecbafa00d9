package com.sentimenttriage.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sentimenttriage.intake.HelpdeskWebhookTestAccess;
import com.sentimenttriage.support.ContextOfItsOwn;
import com.sentimenttriage.support.Tickets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with Freshdesk and Intercom credentials set, against their stubs, through real HTTP: each
 * helpdesk's own webhook in (Freshdesk's shared token, Intercom's signature), the score written back by the
 * process's own job with the documented request shapes (the stubs answer nothing else). Each test has its own
 * ticket and its own paying account, so no cooldown of another applies.
 */
class FreshdeskAndIntercomWriteBackEndToEndTest extends WriteBackEndToEndTest {

  private static final String ENGINE = "fdicwriteback";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static WireMockExtension freshdesk = FreshdeskStub.server();
  @RegisterExtension
  static WireMockExtension intercom = IntercomStub.server();

  @DynamicPropertySource
  static void helpdeskWriteBack(DynamicPropertyRegistry registry) {
    ContextOfItsOwn.register(registry, ENGINE);
    registry.add("triage.helpdesk.freshdesk.api-url", freshdesk::baseUrl);
    registry.add("triage.helpdesk.freshdesk.api-key", () -> FreshdeskStub.API_KEY);
    registry.add("triage.helpdesk.freshdesk.groups.senior-support", () -> "4200");
    registry.add("triage.helpdesk.intercom.api-url", intercom::baseUrl);
    registry.add("triage.helpdesk.intercom.access-token", () -> IntercomStub.TOKEN);
    registry.add("triage.helpdesk.intercom.admin-id", () -> IntercomStub.ADMIN);
    registry.add("triage.helpdesk.intercom.version", () -> IntercomStub.VERSION);
    registry.add("triage.helpdesk.intercom.teams.senior-support", () -> "5017691");
  }

  @Test
  void anEscalatedFreshdeskTicketGetsItsFieldsTagsAndAPrivateNote() throws Exception {
    freshdesk.stubFor(FreshdeskStub.ticketRead("97001").willReturn(FreshdeskStub.ticket("97001", "[\"login\"]")));
    freshdesk.stubFor(FreshdeskStub.ticketUpdate("97001").willReturn(FreshdeskStub.updated("97001")));
    freshdesk.stubFor(FreshdeskStub.noteCreate("97001").willReturn(FreshdeskStub.noteCreated()));

    String instance = postFreshdesk(97001, Tickets.CHURN_THREAT, payingDomain(20));
    awaitWritesRecorded("freshdesk", "97001", 1);

    JsonNode update = onlyBody(freshdesk.findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/97001"))));
    String label = variable(instance, "sentimentLabel");
    assertThat(update.at("/custom_fields/cf_sentiment").asText()).isEqualTo(label);
    assertThat(update.at("/custom_fields/cf_frustration").asInt())
        .isEqualTo(Integer.parseInt(variable(instance, "frustration")));
    assertThat(update.at("/custom_fields/cf_triage_explanation").asText()).isNotBlank();
    // Freshdesk replaces the whole tag list: the ticket's own tag stays, ours follow.
    assertThat(JSON.convertValue(update.get("tags"), List.class)).startsWith("login")
        .contains("st_" + label.toLowerCase(), "st_escalated");
    JsonNode note = onlyBody(freshdesk.findAll(postRequestedFor(urlPathEqualTo("/api/v2/tickets/97001/notes"))));
    assertThat(note.get("private").asBoolean()).isTrue();
    assertThat(note.get("body").asText()).contains("Sentiment triage: " + label);
  }

  @Test
  void aCalmFreshdeskTicketGetsFieldsAndTagsButNoNote() throws Exception {
    freshdesk.stubFor(FreshdeskStub.ticketRead("97002").willReturn(FreshdeskStub.ticket("97002", "[]")));
    freshdesk.stubFor(FreshdeskStub.ticketUpdate("97002").willReturn(FreshdeskStub.updated("97002")));

    // A thankful customer of no known account: the gate records it without an alert.
    postFreshdesk(97002, "Thanks a lot, the export works again and the team is happy.",
        "calm-customer.example");
    awaitWritesRecorded("freshdesk", "97002", 1);

    // The instance has ended (no review), so the label is read from the write, not the process.
    JsonNode update = onlyBody(freshdesk.findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/97002"))));
    assertThat(update.at("/custom_fields/cf_sentiment").asText()).isEqualTo("Positive");
    assertThat(update.at("/custom_fields/cf_triage_action").asText()).isNotEqualTo("ALERT");
    assertThat(JSON.convertValue(update.get("tags"), List.class)).contains("st_positive")
        .doesNotContain("st_escalated");
    assertThat(freshdesk.findAll(postRequestedFor(urlPathMatching("/api/v2/tickets/97002/notes")))).isEmpty();
  }

  @Test
  void anEscalatedIntercomConversationGetsItsTagsAttributesAndAnInternalNote() throws Exception {
    String id = "215469622797003";
    intercom.stubFor(IntercomStub.conversationRead(id).willReturn(IntercomStub.conversation(id, """
        [{"type": "tag", "id": "7522907", "name": "dashboard"}]""", null)));
    // "Create or update a tag" answers the tag; its id here is its name, so the attachments below can be read back.
    intercom.stubFor(IntercomStub.authorized(WireMock.post(urlPathEqualTo("/tags"))).withRequestBody(matchingJsonPath("$.name"))
        .willReturn(okJson("{\"type\": \"tag\", \"id\": \"{{jsonPath request.body '$.name'}}\","
            + " \"name\": \"{{jsonPath request.body '$.name'}}\"}").withTransformers("response-template")));
    intercom.stubFor(IntercomStub.authorized(WireMock.post(urlPathEqualTo("/conversations/" + id + "/tags")))
        .withRequestBody(matchingJsonPath("$.admin_id", WireMock.equalTo(
            IntercomStub.ADMIN))).willReturn(IntercomStub.tag("any", "any")));
    intercom.stubFor(IntercomStub.conversationUpdate(id).willReturn(IntercomStub.ok(id)));
    intercom.stubFor(IntercomStub.teamAssignment(id, "5017691").willReturn(IntercomStub.ok(id)));
    intercom.stubFor(IntercomStub.noteReply(id).willReturn(IntercomStub.ok(id)));

    String instance = postIntercom(id, Tickets.CHURN_THREAT, payingDomain(22));
    awaitWritesRecorded("intercom", id, 1);

    String label = variable(instance, "sentimentLabel");
    List<String> attached = intercom.findAll(postRequestedFor(urlPathEqualTo("/conversations/" + id + "/tags")))
        .stream().map(request -> body(request).get("id").asText()).toList();
    assertThat(attached).contains("st_" + label.toLowerCase(), "st_escalated").doesNotContain("dashboard");
    JsonNode attributes = onlyBody(intercom.findAll(putRequestedFor(urlPathEqualTo("/conversations/" + id))))
        .get("custom_attributes");
    assertThat(attributes.get("Sentiment").asText()).isEqualTo(label);
    assertThat(attributes.get("Frustration").asInt()).isEqualTo(Integer.parseInt(variable(instance, "frustration")));
    JsonNode note = onlyBody(intercom.findAll(postRequestedFor(urlPathEqualTo("/conversations/" + id + "/reply"))));
    assertThat(note.get("message_type").asText()).isEqualTo("note");
    assertThat(note.get("body").asText()).contains("Sentiment triage: " + label);
  }

  // --- helpers

  private String postFreshdesk(long ticketId, String text, String domain) {
    ObjectNode payload = HelpdeskWebhookTestAccess.fixture("freshdesk/ticket-created.json");
    ((ObjectNode) payload.get("freshdesk_webhook")).put("ticket_id", ticketId).put("ticket_description", text)
        .put("ticket_contact_email", "it@" + domain);
    return accepted(HelpdeskWebhookTestAccess.freshdeskRequest(uri("/api/webhooks/freshdesk"), payload));
  }

  private String postIntercom(String conversationId, String text, String domain) {
    ObjectNode payload = HelpdeskWebhookTestAccess.fixture("intercom/conversation-user-created.json");
    payload.put("id", "notif_e2e_" + conversationId);
    ObjectNode item = (ObjectNode) payload.at("/data/item");
    item.put("id", conversationId);
    ((ObjectNode) item.get("source")).put("body", "<p>" + text + "</p>");
    ((ObjectNode) item.at("/source/author")).put("email", "it@" + domain);
    return accepted(HelpdeskWebhookTestAccess.intercomSignedRequest(uri("/api/webhooks/intercom"), payload));
  }

  private static String accepted(HttpRequest.Builder request) {
    HttpResponse<String> response = send(request);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    try {
      return JSON.readTree(response.body()).get("processInstanceId").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body of the one request made: a second would be a write the ledger should have prevented. */
  private static JsonNode onlyBody(List<LoggedRequest> requests) {
    assertThat(requests).hasSize(1);
    return body(requests.get(0));
  }

  private static JsonNode body(LoggedRequest request) {
    try {
      return JSON.readTree(request.getBodyAsString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
