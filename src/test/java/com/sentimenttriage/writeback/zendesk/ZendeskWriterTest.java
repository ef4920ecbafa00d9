package com.sentimenttriage.writeback.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sentimenttriage.writeback.HelpdeskAction;
import com.sentimenttriage.writeback.WriteBack;
import com.sentimenttriage.writeback.WriteBackException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Zendesk writer against a stub that accepts only the documented Update Ticket request. */
class ZendeskWriterTest {

  @RegisterExtension
  static WireMockExtension zendesk = ZendeskStub.server();

  private final ZendeskWriter writer = new ZendeskWriter(ZendeskStub.properties(zendesk.baseUrl()),
      Clock.systemUTC());

  private static WriteBack negative(boolean escalated, List<HelpdeskAction> actions) {
    return new WriteBack("zendesk", "5158", "Negative", 72, List.of("Export", "Billing"), "ALERT", "High",
        "Strong frustration: \"unacceptable\"", escalated, actions);
  }

  @Test
  void writesFieldsOurTagsAndAPrivateCommentWhenEscalated() throws Exception {
    zendesk.stubFor(ZendeskStub.updateTicket("5158").willReturn(okJson("{\"ticket\": {\"id\": 5158}}")));

    writer.write(negative(true, List.of()));

    JsonNode ticket = new ObjectMapper().readTree(zendesk.getAllServeEvents().get(0).getRequest().getBodyAsString())
        .get("ticket");
    assertThat(ticket.get("custom_fields").toString()).isEqualTo("[{\"id\":360001001,\"value\":\"Negative\"},"
        + "{\"id\":360001002,\"value\":72},{\"id\":360001003,\"value\":\"Export, Billing\"},"
        + "{\"id\":360001004,\"value\":\"High\"}]");
    assertThat(ticket.get("additional_tags").toString())
        .isEqualTo("[\"st_negative\",\"st_severity_high\",\"st_action_alert\",\"st_escalated\"]");
    assertThat(ticket.get("remove_tags").toString()).contains("\"st_urgent\"", "\"st_neutral\"",
        "\"st_severity_low\"", "\"st_action_log\"").doesNotContain("\"st_negative\"", "\"st_escalated\"");
    // "tags" would replace the agents' own tags too
    assertThat(ticket.has("tags")).isFalse();
    assertThat(ticket.get("comment").get("public").asBoolean()).isFalse();
    assertThat(ticket.get("comment").get("body").asText()).contains("Strong frustration");
  }

  @Test
  void noCommentWithoutEscalationAndTheEscalatedTagIsRemoved() throws Exception {
    zendesk.stubFor(ZendeskStub.updateTicket("5158").willReturn(okJson("{\"ticket\": {\"id\": 5158}}")));

    writer.write(negative(false, List.of()));

    JsonNode ticket = new ObjectMapper().readTree(zendesk.getAllServeEvents().get(0).getRequest().getBodyAsString())
        .get("ticket");
    assertThat(ticket.has("comment")).isFalse();
    assertThat(ticket.get("remove_tags").toString()).contains("\"st_escalated\"");
  }

  @Test
  void actionsSetPriorityGroupAndTheSlaTag() {
    zendesk.stubFor(ZendeskStub.updateTicket("5158").willReturn(okJson("{\"ticket\": {\"id\": 5158}}")));

    writer.write(negative(false, List.of(new HelpdeskAction("priority", "urgent"),
        new HelpdeskAction("group", "senior-support"), new HelpdeskAction("tag", "st_sla_negative"))));

    zendesk.verify(putRequestedFor(urlPathEqualTo("/api/v2/tickets/5158.json")).withRequestBody(equalToJson("""
        {"ticket": {"priority": "urgent", "group_id": 360009999,
          "additional_tags": ["st_negative", "st_severity_high", "st_action_alert", "st_sla_negative"]}}""",
        true, true)));
  }

  @Test
  void tooManyRequestsIsRetryableWithZendesksRetryAfter() {
    zendesk.stubFor(ZendeskStub.updateTicket("5158").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "93")));

    assertThatThrownBy(() -> writer.write(negative(false, List.of()))).isInstanceOfSatisfying(
        WriteBackException.class, e -> {
          assertThat(e.retryable()).isTrue();
          assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(93));
        });
  }

  @Test
  void aServerErrorIsRetryableAndAnUnknownTicketIsNot() {
    zendesk.stubFor(ZendeskStub.updateTicket("5158").willReturn(aResponse().withStatus(503)));
    zendesk.stubFor(ZendeskStub.updateTicket("404").willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> writer.write(negative(false, List.of())))
        .isInstanceOfSatisfying(WriteBackException.class, e -> assertThat(e.retryable()).isTrue());
    WriteBack unknown = new WriteBack("zendesk", "404", "Neutral", 10, List.of(), "LOG", "Low", "", false, List.of());
    assertThatThrownBy(() -> writer.write(unknown))
        .isInstanceOfSatisfying(WriteBackException.class, e -> assertThat(e.retryable()).isFalse());
  }

  @Test
  void aWrongTokenIsRefusedByTheStub() {
    zendesk.stubFor(ZendeskStub.updateTicket("5158").willReturn(okJson("{}")));
    ZendeskWriter wrong = new ZendeskWriter(new ZendeskProperties(URI.create(zendesk.baseUrl()),
        ZendeskStub.EMAIL, "other-token", Duration.ofSeconds(5), Map.of(), "st_", Map.of()), Clock.systemUTC());

    assertThatThrownBy(() -> wrong.write(negative(false, List.of()))).isInstanceOf(WriteBackException.class);
  }

  @Test
  void writesNothingForATicketFromAnotherHelpdesk() {
    WriteBack freshdesk = new WriteBack("freshdesk", "5158", "Negative", 72, List.of(), "ALERT", "High", "", true,
        List.of());

    assertThatThrownBy(() -> writer.write(freshdesk)).isInstanceOf(IllegalArgumentException.class);
    assertThat(zendesk.getAllServeEvents()).isEmpty();
  }

  @Test
  void fetchesTheRequestersEmail() {
    zendesk.stubFor(ZendeskStub.showUser("8447388090494").willReturn(okJson("""
        {"user": {"id": 8447388090494, "name": "Pat Doe", "email": "pat@acme.example", "role": "end-user"}}""")));

    assertThat(writer.requesterEmail("8447388090494")).isEqualTo("pat@acme.example");
    assertThat(writer.configured()).isTrue();
  }
}
