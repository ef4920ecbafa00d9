package com.sentimenttriage.intake.connector;

import static com.sentimenttriage.intake.connector.ConnectorMappingTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.intake.AgentReply;
import com.sentimenttriage.intake.connector.HelpdeskConnector.Mapping;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 in the connectors: agents' replies from each helpdesk's webhook are mapped to agent replies (never to a
 * ticket to score), and the campaign the helpdesk holds is carried, from the configured field or a campaign tag.
 */
class AgentRepliesAndCampaignsMappingTest {

  @Test
  void aZendeskStaffCommentIsAnAgentReplyByItsAuthor() throws IOException {
    Mapping mapping = new ZendeskConnector().map(fixture("zendesk/agent-comment-added.json"));

    assertThat(mapping.ticket()).isNull();
    AgentReply reply = mapping.agentReply();
    assertThat(reply.source()).isEqualTo("zendesk");
    assertThat(reply.ticketId()).isEqualTo("5158");
    assertThat(reply.agentId()).isEqualTo("8447388090123");
    assertThat(reply.agentName()).isEqualTo("Sam Agent");
    assertThat(reply.body()).isEqualTo("Sorry for the trouble, we are on it.");
    assertThat(reply.writtenAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T11:30:00Z"));
  }

  @Test
  void aZendeskCommentByAnAgentRoleIsAnAgentReplyAndAPrivateNoteIsIgnored() throws IOException {
    ObjectNode byRole = (ObjectNode) fixture("zendesk/comment-added.json");
    ((ObjectNode) byRole.path("event").path("comment").path("author")).put("role", "Agent");
    assertThat(new ZendeskConnector().map(byRole).isAgentReply()).isTrue();

    ObjectNode note = (ObjectNode) fixture("zendesk/agent-comment-added.json");
    ((ObjectNode) note.path("event").path("comment")).put("is_public", false);
    assertThat(new ZendeskConnector().map(note).isIgnored()).isTrue();
  }

  @Test
  void aZendeskTriggerWithAnAgentCommentAuthorIsAnAgentReply() throws IOException {
    ObjectNode trigger = (ObjectNode) fixture("zendesk/trigger-ticket-created.json");
    trigger.put("event", "comment_added");
    ((ObjectNode) trigger.get("ticket")).put("latest_comment_html", "<p>We have reset your export, please try again.</p>");
    trigger.putObject("comment_author").put("id", "901").put("name", "Kim Agent").put("role", "admin");

    Mapping mapping = new ZendeskConnector().map(trigger);

    assertThat(mapping.agentReply().agentId()).isEqualTo("901");
    assertThat(mapping.agentReply().body()).isEqualTo("We have reset your export, please try again.");

    trigger.putObject("comment_author").put("id", "77").put("name", "A Customer").put("role", "end-user");
    assertThat(new ZendeskConnector().map(trigger).ticket()).isNotNull();
  }

  @Test
  void anIntercomAdminReplyIsTheLatestAdminPart() throws IOException {
    ObjectNode payload = (ObjectNode) fixture("intercom/conversation-user-replied.json");
    payload.put("topic", "conversation.admin.replied");
    ArrayNode parts = (ArrayNode) payload.path("data").path("item").path("conversation_parts")
        .path("conversation_parts");
    parts.addObject().put("type", "conversation_part").put("part_type", "comment")
        .put("body", "<p>Fixed on our side, sorry for the wait.</p>").put("created_at", 1763644500)
        .putObject("author").put("type", "admin").put("id", "5712399").put("name", "Lee Agent");

    Mapping mapping = new IntercomConnector().map(payload);

    assertThat(mapping.ticket()).isNull();
    assertThat(mapping.agentReply().ticketId()).isEqualTo("215469622731234");
    assertThat(mapping.agentReply().agentId()).isEqualTo("5712399");
    assertThat(mapping.agentReply().body()).isEqualTo("Fixed on our side, sorry for the wait.");
    assertThat(mapping.agentReply().writtenAt()).isEqualTo(OffsetDateTime.parse("2025-11-20T13:15:00Z"));
  }

  @Test
  void aFreshdeskReplySentIsAnAgentReplyByTheTicketsAgent() throws IOException {
    ObjectNode payload = (ObjectNode) fixture("freshdesk/customer-replied.json");
    ObjectNode hook = (ObjectNode) payload.get("freshdesk_webhook");
    hook.put("triggered_event", "{reply_sent:sent}");
    hook.put("ticket_latest_public_comment", "<div>Please try logging in again now.</div>");
    hook.put("ticket_agent_name", "Pat Agent").put("ticket_agent_email", "Pat.Agent@support.example");

    Mapping mapping = new FreshdeskConnector().map(payload);

    assertThat(mapping.ticket()).isNull();
    assertThat(mapping.agentReply().ticketId()).isEqualTo("8812");
    assertThat(mapping.agentReply().agentId()).isEqualTo("pat.agent@support.example");
    assertThat(mapping.agentReply().agentName()).isEqualTo("Pat Agent");
    assertThat(mapping.agentReply().body()).isEqualTo("Please try logging in again now.");
  }

  @Test
  void theCampaignComesFromTheConfiguredFieldElseFromACampaignTag() throws IOException {
    // Zendesk trigger: a custom field by id, in the custom_fields array the trigger sends.
    ObjectNode zendesk = (ObjectNode) fixture("zendesk/trigger-ticket-created.json");
    ((ObjectNode) zendesk.get("ticket")).putArray("custom_fields").addObject().put("id", "360001234")
        .put("value", "spring-sale");
    assertThat(new ZendeskConnector(new CampaignRules.Rule("360001234", "campaign:")).map(zendesk).ticket()
        .campaign()).isEqualTo("spring-sale");

    // Zendesk event: no custom fields in the payload, so a tag with the prefix.
    ObjectNode event = (ObjectNode) fixture("zendesk/ticket-created.json");
    ((ArrayNode) event.path("detail").path("tags")).add("campaign:black-friday");
    assertThat(new ZendeskConnector().map(event).ticket().campaign()).isEqualTo("black-friday");

    // Freshdesk simple mode: the custom field's placeholder arrives as ticket_<field>.
    ObjectNode freshdesk = (ObjectNode) fixture("freshdesk/ticket-created.json");
    ((ObjectNode) freshdesk.get("freshdesk_webhook")).put("ticket_cf_utm_campaign", "newsletter-11");
    assertThat(new FreshdeskConnector(new CampaignRules.Rule("cf_utm_campaign", "campaign:")).map(freshdesk)
        .ticket().campaign()).isEqualTo("newsletter-11");

    // Intercom: a conversation attribute.
    ObjectNode intercom = (ObjectNode) fixture("intercom/conversation-user-created.json");
    ((ObjectNode) intercom.path("data").path("item")).putObject("custom_attributes").put("utm_campaign", "webinar");
    assertThat(new IntercomConnector(new CampaignRules.Rule("utm_campaign", "campaign:")).map(intercom).ticket()
        .campaign()).isEqualTo("webinar");

    // None of either: no campaign.
    assertThat(new ZendeskConnector().map(fixture("zendesk/ticket-created.json")).ticket().campaign()).isNull();
  }
}
