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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Zendesk, in both of its webhook styles:
 * <ul>
 *   <li>event webhooks ({@code "type": "zen:event-type:ticket.created"} and {@code ticket.comment_added}), with the
 *       ticket in {@code detail} and the comment in {@code event.comment}. A public comment whose author is staff
 *       ({@code author.is_staff}, or an agent or admin {@code author.role}) is an agent's reply, kept for coaching
 *       and never scored; private comments (internal notes) are ignored.
 *       These payloads carry the requester's id but not their e-mail, so the account is found by organization only
 *       when the trigger style is used;</li>
 *   <li>a trigger's JSON body built from placeholders ({@code {"event": "...", "ticket": {...}}}), the layout
 *       documented in docs/intake.md; a {@code comment_author} object ({@code id, name, role} from
 *       {@code current_user}) with an agent or admin role makes the latest comment an agent's reply
 *       (docs/coaching.md).</li>
 * </ul>
 * The campaign comes from the configured field (in {@code detail}, {@code ticket} or its {@code custom_fields}) or a
 * campaign tag ({@link CampaignRules}).
 */
@Component
public class ZendeskConnector implements HelpdeskConnector {

  static final String SOURCE = "zendesk";
  private static final String EVENT_PREFIX = "zen:event-type:";
  /** Zendesk's user roles other than "end-user": whoever has one writes for the company, not as the customer. */
  private static final Set<String> STAFF_ROLES = Set.of("agent", "admin");

  private final CampaignRules.Rule campaigns;

  public ZendeskConnector() {
    this(CampaignRules.Rule.DEFAULT);
  }

  @Autowired
  public ZendeskConnector(CampaignRules rules) {
    this(rules.of(SOURCE));
  }

  ZendeskConnector(CampaignRules.Rule campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Mapping map(JsonNode payload) {
    String type = text(payload, "type");
    if (type != null && type.startsWith(EVENT_PREFIX)) {
      return fromEvent(payload, type);
    }
    if (payload.path("ticket").isObject()) {
      return fromTrigger(payload);
    }
    return Mapping.ignored(type == null ? "(none)" : type, "not a Zendesk ticket event");
  }

  private Mapping fromEvent(JsonNode payload, String type) {
    JsonNode detail = payload.path("detail");
    String body;
    String eventType = type.substring(EVENT_PREFIX.length());
    switch (eventType) {
      case "ticket.created" -> body = requiredMessage(message(detail, "description"), "detail.description");
      case "ticket.comment_added" -> {
        JsonNode comment = payload.path("event").path("comment");
        if (!comment.path("is_public").asBoolean(true)) {
          return Mapping.ignored(eventType, "the comment is private");
        }
        JsonNode author = comment.path("author");
        if (author.path("is_staff").asBoolean(false) || isStaffRole(text(author, "role"))) {
          return Mapping.agentReply(new AgentReply(SOURCE, requiredTicketId(detail, "detail.id", "id"),
              text(payload, "id"), text(author, "id"), text(author, "name"),
              message(comment, "body"), firstTime(time(comment, "created_at"), time(payload, "time"))),
              "ticket.agent_replied");
        }
        body = requiredMessage(message(comment, "body"), "event.comment.body");
      }
      default -> {
        return Mapping.ignored(eventType, "triage scores new tickets and customer comments only");
      }
    }
    String organizationId = text(detail, "organization_id");
    return Mapping.ticket(new IncomingTicket(
        SOURCE,
        requiredTicketId(detail, "detail.id", "id"),
        text(payload, "id"),
        text(detail, "subject"),
        body,
        List.of(),
        null,
        text(payload.path("event").path("comment").path("author"), "name"),
        organizationId == null || "0".equals(organizationId) ? null : "zendesk-organization:" + organizationId,
        lower(text(detail, "via", "channel")),
        tags(detail, "tags"),
        lower(text(detail, "priority")),
        time(detail, "created_at"),
        time(detail, "updated_at") != null ? time(detail, "updated_at") : time(payload, "time"),
        null,
        campaigns.campaign(List.of(detail), tags(detail, "tags"))), eventType);
  }

  private Mapping fromTrigger(JsonNode payload) {
    JsonNode ticket = payload.path("ticket");
    String event = text(payload, "event");
    boolean comment = event != null && event.toLowerCase(Locale.ROOT).contains("comment");
    if (event != null && !comment && !event.toLowerCase(Locale.ROOT).contains("created")) {
      return Mapping.ignored(event, "triage scores new tickets and customer comments only");
    }
    String description = message(ticket, "description");
    String latest = message(ticket, "latest_comment_html");
    if (latest == null) {
      latest = message(ticket, "latest_comment");
    }
    JsonNode author = payload.path("comment_author");
    if (comment && isStaffRole(text(author, "role"))) {
      return Mapping.agentReply(new AgentReply(SOURCE, requiredTicketId(ticket, "ticket.id", "id"),
          text(payload, "id"), text(author, "id"), text(author, "name"), latest, time(ticket, "updated_at")),
          "trigger.agent_replied");
    }
    String body = comment ? requiredMessage(latest, "ticket.latest_comment_html")
        : requiredMessage(description != null ? description : latest, "ticket.description");
    List<TicketMessage> earlier = comment && description != null && !description.equals(body)
        ? List.of(new TicketMessage(TicketMessage.Author.CUSTOMER, description)) : List.of();
    String requesterEmail = email(text(ticket, "requester", "email"));
    String organization = text(ticket, "organization");
    if (organization == null) {
      organization = text(ticket, "organization", "name");
    }
    return Mapping.ticket(new IncomingTicket(
        SOURCE,
        requiredTicketId(ticket, "ticket.id", "id"),
        text(payload, "id"),
        text(ticket, "subject"),
        body,
        earlier,
        requesterEmail,
        text(ticket, "requester", "name"),
        organization != null ? organization : domainOf(requesterEmail),
        lower(text(ticket, "via")),
        tags(ticket, "tags"),
        lower(text(ticket, "priority")),
        time(ticket, "created_at"),
        time(ticket, "updated_at"),
        text(ticket, "url"),
        campaigns.campaign(List.of(ticket, payload), tags(ticket, "tags"))),
        comment ? "trigger.comment_added" : "trigger.ticket_created");
  }

  private static boolean isStaffRole(String role) {
    return role != null && STAFF_ROLES.contains(role.toLowerCase(Locale.ROOT));
  }

  static java.time.OffsetDateTime firstTime(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
    return a != null ? a : b;
  }

  static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
