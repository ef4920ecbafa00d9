package com.sentimenttriage.intake.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.intake.IncomingTicket;
import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.intake.TicketMessage;
import com.sentimenttriage.intake.TicketMessage.Author;
import com.sentimenttriage.intake.WebhookRejection;
import com.sentimenttriage.intake.connector.HelpdeskConnector.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Each connector against payloads written from the provider's documentation (src/test/resources/webhooks). */
class ConnectorMappingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode fixture(String name) throws IOException {
    try (InputStream in = ConnectorMappingTest.class.getResourceAsStream("/webhooks/" + name)) {
      return JSON.readTree(in);
    }
  }

  @Test
  void zendeskTicketCreatedEventBecomesATicketWithPlainText() throws IOException {
    Mapping mapping = new ZendeskConnector().map(fixture("zendesk/ticket-created.json"));

    IncomingTicket ticket = mapping.ticket();
    assertThat(ticket.source()).isEqualTo("zendesk");
    assertThat(ticket.ticketId()).isEqualTo("5158");
    assertThat(ticket.eventId()).isEqualTo("cbe4028c-7239-495d-b020-f22348516046");
    assertThat(ticket.subject()).isEqualTo("Export broken again");
    assertThat(ticket.body()).startsWith("Hi team,\nI have asked three times").doesNotContain("<p>", "<strong>");
    assertThat(ticket.priority()).isEqualTo("high");
    assertThat(ticket.tags()).containsExactly("export", "renewal");
    assertThat(ticket.channel()).isEqualTo("web_form");
    assertThat(ticket.organization()).isEqualTo("zendesk-organization:8447388048126");
    assertThat(ticket.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:00Z"));
    assertThat(ticket.deliveryKey()).isEqualTo("zendesk:5158#event:cbe4028c-7239-495d-b020-f22348516046");
  }

  @Test
  void zendeskCustomerCommentIsTheLatestMessageAndAgentCommentsAreAgentReplies() throws IOException {
    IncomingTicket comment = new ZendeskConnector().map(fixture("zendesk/comment-added.json")).ticket();
    assertThat(comment.ticketId()).isEqualTo("5158");
    assertThat(comment.body()).isEqualTo("Still nothing. We are now cancelling the contract at the end of the month.");
    assertThat(comment.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T11:02:41Z"));

    // Issue 17: an agent's public comment is no longer dropped but kept for coaching, never as a ticket to score.
    Mapping agent = new ZendeskConnector().map(fixture("zendesk/agent-comment-added.json"));
    assertThat(agent.isIgnored()).isFalse();
    assertThat(agent.ticket()).isNull();
    assertThat(agent.agentReply().agentName()).isEqualTo("Sam Agent");
    assertThat(new ZendeskConnector().map(fixture("zendesk/status-changed.json")).isIgnored()).isTrue();
  }

  @Test
  void zendeskTriggerBodyCarriesRequesterOrganizationAndUrl() throws IOException {
    IncomingTicket ticket = new ZendeskConnector().map(fixture("zendesk/trigger-ticket-created.json")).ticket();
    assertThat(ticket.ticketId()).isEqualTo("5203");
    assertThat(ticket.requesterEmail()).isEqualTo("jordan@acme.example");
    assertThat(ticket.requesterName()).isEqualTo("Jordan Example");
    assertThat(ticket.organization()).isEqualTo("Acme Corp");
    assertThat(ticket.tags()).containsExactly("billing", "refund");
    assertThat(ticket.url()).isEqualTo("https://acme.zendesk.com/agent/tickets/5203");
    assertThat(ticket.masked(new PersonalDataMasker()).body()).contains("[CARD]").doesNotContain("4111");
  }

  @Test
  void intercomReplyScoresTheUsersLastPartWithTheThreadBeforeIt() throws IOException {
    Mapping mapping = new IntercomConnector().map(fixture("intercom/conversation-user-replied.json"));

    IncomingTicket ticket = mapping.ticket();
    assertThat(mapping.eventType()).isEqualTo("conversation.user.replied");
    assertThat(ticket.ticketId()).isEqualTo("215469622731234");
    assertThat(ticket.eventId()).isEqualTo("notif_0a7c93e2-3b7d-4c29-8d53-4f0f6f1e9b02");
    assertThat(ticket.body()).isEqualTo(
        "I did, twice. Still broken. If this is not fixed today we will cancel our subscription.");
    assertThat(ticket.earlierMessages()).extracting(TicketMessage::author).containsExactly(Author.CUSTOMER, Author.AGENT);
    assertThat(ticket.earlierMessages().get(1).text()).startsWith("Sorry about that!");
    assertThat(ticket.requesterEmail()).isEqualTo("riley@globex.example");
    assertThat(ticket.organization()).isEqualTo("globex.example");
    assertThat(ticket.tags()).containsExactly("dashboard");
    assertThat(ticket.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-11-20T12:15:00Z"));
    assertThat(ticket.url()).contains("ecahpwf5").endsWith("/conversation/215469622731234");
  }

  @Test
  void anAgentStartedIntercomConversationIsRequestedByTheContactWhoReplied() throws IOException {
    // An outbound message: the agent wrote the conversation's first message, the customer answered it.
    ObjectNode payload = (ObjectNode) fixture("intercom/conversation-user-replied.json");
    ObjectNode source = (ObjectNode) payload.path("data").path("item").path("source");
    source.put("delivered_as", "admin_initiated");
    source.put("body", "<p>Hi Riley, your plan renews next month. Anything we can help with?</p>");
    ((ObjectNode) source.get("author")).put("type", "admin").put("name", "Sam Agent")
        .put("email", "sam@support.example");

    IncomingTicket ticket = new IntercomConnector().map(payload).ticket();

    assertThat(ticket.body()).startsWith("I did, twice. Still broken.");
    assertThat(ticket.requesterEmail()).isEqualTo("riley@globex.example");
    assertThat(ticket.requesterName()).isEqualTo("Riley Example");
    assertThat(ticket.organization()).isEqualTo("globex.example");
    assertThat(ticket.earlierMessages()).extracting(TicketMessage::author).containsExactly(Author.AGENT, Author.AGENT);
  }

  @Test
  void intercomNewConversationAndIgnoredTopics() throws IOException {
    IncomingTicket created = new IntercomConnector().map(fixture("intercom/conversation-user-created.json")).ticket();
    assertThat(created.body()).startsWith("Hello, the dashboard has not loaded");
    assertThat(created.earlierMessages()).isEmpty();
    assertThat(new IntercomConnector().map(fixture("intercom/conversation-admin-closed.json")).isIgnored()).isTrue();
  }

  @Test
  void freshdeskCreatedAndCustomerReply() throws IOException {
    IncomingTicket created = new FreshdeskConnector().map(fixture("freshdesk/ticket-created.json")).ticket();
    assertThat(created.ticketId()).isEqualTo("8812");
    assertThat(created.body()).startsWith("Hi,\nsince the password reset");
    assertThat(created.organization()).isEqualTo("Initech");
    assertThat(created.tags()).containsExactly("login", "password");
    assertThat(created.priority()).isEqualTo("medium");
    assertThat(created.url()).isEqualTo("https://initech.freshdesk.com/helpdesk/tickets/8812");
    assertThat(created.masked(new PersonalDataMasker()).body()).contains("[ADDRESS]").doesNotContain("Wallaby");

    IncomingTicket reply = new FreshdeskConnector().map(fixture("freshdesk/customer-replied.json")).ticket();
    assertThat(reply.body()).isEqualTo("Thank you, that fixed it! Great support.");
    assertThat(reply.earlierMessages()).singleElement().extracting(TicketMessage::author).isEqualTo(Author.CUSTOMER);
    assertThat(reply.deliveryKey()).isNotEqualTo(created.deliveryKey());
  }

  @Test
  void aPayloadWithoutTicketIdOrTextIsRefused() throws IOException {
    ObjectNode noId = (ObjectNode) fixture("zendesk/ticket-created.json");
    ((ObjectNode) noId.get("detail")).remove("id");
    assertThatThrownBy(() -> new ZendeskConnector().map(noId)).isInstanceOf(WebhookRejection.class)
        .hasMessageContaining("ticket id");

    ObjectNode htmlOnly = (ObjectNode) fixture("freshdesk/ticket-created.json");
    ((ObjectNode) htmlOnly.get("freshdesk_webhook")).put("ticket_description", "<div><br> </div>");
    assertThatThrownBy(() -> new FreshdeskConnector().map(htmlOnly)).isInstanceOf(WebhookRejection.class)
        .hasMessageContaining("missing or empty");
  }
}
