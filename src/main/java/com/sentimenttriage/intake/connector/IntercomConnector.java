package com.sentimenttriage.intake.connector;

import static com.sentimenttriage.intake.connector.Payloads.domainOf;
import static com.sentimenttriage.intake.connector.Payloads.email;
import static com.sentimenttriage.intake.connector.Payloads.message;
import static com.sentimenttriage.intake.connector.Payloads.requiredMessage;
import static com.sentimenttriage.intake.connector.Payloads.requiredTicketId;
import static com.sentimenttriage.intake.connector.Payloads.tags;
import static com.sentimenttriage.intake.connector.Payloads.text;
import static com.sentimenttriage.intake.connector.Payloads.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.intake.AgentReply;
import com.sentimenttriage.intake.IncomingTicket;
import com.sentimenttriage.intake.TicketMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Intercom notifications for {@code conversation.user.created} and {@code conversation.user.replied}: the
 * conversation is {@code data.item}, its first message {@code data.item.source} and the replies
 * {@code data.item.conversation_parts.conversation_parts}. The latest message written by the user or lead is the
 * one scored; everything before it is the thread, with admins and bots as agents.
 *
 * <p>{@code conversation.admin.replied} is an agent's reply (issue 17): its latest part written by an admin (a
 * teammate; bots' replies have their own topic and are not coached) is kept for coaching and never scored. The
 * campaign is the configured conversation attribute ({@code custom_attributes}) or a campaign tag
 * ({@link CampaignRules}).
 */
@Component
public class IntercomConnector implements HelpdeskConnector {

  static final String SOURCE = "intercom";
  private static final Set<String> TOPICS = Set.of("conversation.user.created", "conversation.user.replied");
  private static final Set<String> CUSTOMER_AUTHORS = Set.of("user", "lead", "contact");
  /** Most recent parts kept as thread; older ones add little to the customer's current mood. */
  private static final int MAX_PARTS = 200;
  private static final String ADMIN_REPLIED = "conversation.admin.replied";

  private final CampaignRules.Rule campaigns;

  public IntercomConnector() {
    this(CampaignRules.Rule.DEFAULT);
  }

  @Autowired
  public IntercomConnector(CampaignRules rules) {
    this(rules.of(SOURCE));
  }

  IntercomConnector(CampaignRules.Rule campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Mapping map(JsonNode payload) {
    String topic = text(payload, "topic");
    if (ADMIN_REPLIED.equals(topic)) {
      return adminReply(payload, topic);
    }
    if (topic == null || !TOPICS.contains(topic)) {
      return Mapping.ignored(topic == null ? "(none)" : topic, "triage scores customer messages only");
    }
    JsonNode item = payload.path("data").path("item");
    String conversationId = requiredTicketId(item, "data.item.id", "id");
    JsonNode source = item.path("source");

    List<TicketMessage> thread = new ArrayList<>();
    List<JsonNode> authors = new ArrayList<>();
    String first = message(source, "body");
    if (first != null) {
      thread.add(new TicketMessage(role(source.path("author")), first));
      authors.add(source.path("author"));
    }
    JsonNode parts = item.path("conversation_parts").path("conversation_parts");
    if (parts.isArray()) {
      for (int i = Math.max(0, parts.size() - MAX_PARTS); i < parts.size(); i++) {
        String body = message(parts.get(i), "body");
        if (body != null) {
          thread.add(new TicketMessage(role(parts.get(i).path("author")), body));
          authors.add(parts.get(i).path("author"));
        }
      }
    }
    int latest = -1;
    for (int i = thread.size() - 1; i >= 0; i--) {
      if (thread.get(i).author() == TicketMessage.Author.CUSTOMER) {
        latest = i;
        break;
      }
    }
    String body = requiredMessage(latest < 0 ? null : thread.get(latest).text(),
        "data.item.source.body or a user's conversation part");

    // The requester is the customer who wrote the scored message. An agent may have started the conversation
    // (an outbound message): the source's author is then the agent, whose e-mail matches no customer account.
    JsonNode requester = latest < 0 ? source.path("author") : authors.get(latest);
    String requesterEmail = email(text(requester, "email"));
    String appId = text(payload, "app_id");
    return Mapping.ticket(new IncomingTicket(
        SOURCE,
        conversationId,
        text(payload, "id"),
        message(source, "subject"),
        body,
        thread.subList(0, latest),
        requesterEmail,
        text(requester, "name"),
        domainOf(requesterEmail),
        ZendeskConnector.lower(text(source, "type")),
        tags(item, "tags", "tags"),
        text(item, "priority"),
        time(item, "created_at"),
        time(item, "updated_at"),
        appId == null ? null
            : "https://app.intercom.com/a/inbox/" + appId + "/inbox/conversation/" + conversationId,
        campaigns.campaign(List.of(item), tags(item, "tags", "tags"))), topic);
  }

  private Mapping adminReply(JsonNode payload, String topic) {
    JsonNode item = payload.path("data").path("item");
    String conversationId = requiredTicketId(item, "data.item.id", "id");
    JsonNode parts = item.path("conversation_parts").path("conversation_parts");
    if (parts.isArray()) {
      for (int i = parts.size() - 1; i >= 0; i--) {
        JsonNode part = parts.get(i);
        String body = message(part, "body");
        if ("admin".equals(part.path("author").path("type").asText("")) && body != null) {
          JsonNode author = part.path("author");
          return Mapping.agentReply(new AgentReply(SOURCE, conversationId, text(payload, "id"), text(author, "id"),
              text(author, "name"), body, time(part, "created_at")), topic);
        }
      }
    }
    return Mapping.ignored(topic, "the notification holds no admin's reply with text");
  }

  private static TicketMessage.Author role(JsonNode author) {
    return CUSTOMER_AUTHORS.contains(author.path("type").asText(""))
        ? TicketMessage.Author.CUSTOMER : TicketMessage.Author.AGENT;
  }
}
