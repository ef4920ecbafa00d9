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
import com.sentimenttriage.intake.HelpdeskText;
import com.sentimenttriage.intake.IncomingTicket;
import com.sentimenttriage.intake.TicketMessage;
import com.sentimenttriage.intake.WebhookRejection;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Freshdesk automation-rule webhooks in the "simple" JSON mode: every placeholder arrives as
 * {@code freshdesk_webhook.ticket_*}. A rule on ticket creation sends the description; a rule on "customer replies"
 * sends the latest public comment, which becomes the scored message with the description as the thread's start.
 * {@code triggered_event} tells them apart when present; rules that fire on anything else are ignored.
 *
 * <p>A rule on "Reply is sent" (an agent's reply; {@code triggered_event} naming an agent or a sent reply) is
 * an agent's reply (issue 17): the latest public comment, by {@code ticket_agent_email}/{@code ticket_agent_name},
 * kept for coaching and never scored. The campaign is the configured field (as {@code <field>} or
 * {@code ticket_<field>}, e.g. {@code ticket_cf_utm_campaign}) or a campaign tag ({@link CampaignRules}).
 */
@Component
public class FreshdeskConnector implements HelpdeskConnector {

  static final String SOURCE = "freshdesk";

  private final CampaignRules.Rule campaigns;

  public FreshdeskConnector() {
    this(CampaignRules.Rule.DEFAULT);
  }

  @Autowired
  public FreshdeskConnector(CampaignRules rules) {
    this(rules.of(SOURCE));
  }

  FreshdeskConnector(CampaignRules.Rule campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Mapping map(JsonNode payload) {
    JsonNode hook = payload.get("freshdesk_webhook");
    if (hook == null || !hook.isObject()) {
      throw WebhookRejection.invalid("The body has no freshdesk_webhook object; use the rule's simple JSON mode.");
    }
    String event = text(hook, "triggered_event");
    String description = message(hook, "ticket_description");
    String comment = message(hook, "ticket_latest_public_comment");
    boolean reply;
    if (event == null) {
      reply = comment != null && !comment.equals(description);
    } else {
      String e = event.toLowerCase(Locale.ROOT);
      if (e.contains("agent") || e.contains("reply_sent") || e.contains("reply is sent") || e.contains("reply sent")) {
        return Mapping.agentReply(new AgentReply(SOURCE,
            requiredTicketId(hook, "freshdesk_webhook.ticket_id", "ticket_id"), text(hook, "event_id"),
            email(text(hook, "ticket_agent_email")), text(hook, "ticket_agent_name"), comment,
            time(hook, "ticket_updated_at")), "ticket.agent_replied");
      }
      if (e.contains("created")) {
        reply = false;
      } else if (e.contains("repl") || e.contains("comment") || e.contains("note") || e.contains("update")) {
        reply = true;
      } else {
        return Mapping.ignored(event, "triage scores new tickets and customer replies only");
      }
    }
    String body = reply ? requiredMessage(comment, "freshdesk_webhook.ticket_latest_public_comment")
        : requiredMessage(description, "freshdesk_webhook.ticket_description");
    String requesterEmail = email(first(text(hook, "ticket_contact_email"), text(hook, "ticket_requester_email")));
    String company = text(hook, "ticket_company_name");
    return Mapping.ticket(new IncomingTicket(
        SOURCE,
        requiredTicketId(hook, "freshdesk_webhook.ticket_id", "ticket_id"),
        text(hook, "event_id"),
        text(hook, "ticket_subject"),
        body,
        reply && description != null ? List.of(new TicketMessage(TicketMessage.Author.CUSTOMER, description))
            : List.of(),
        requesterEmail,
        first(text(hook, "ticket_contact_name"), text(hook, "ticket_requester_name")),
        company != null ? company : domainOf(requesterEmail),
        ZendeskConnector.lower(text(hook, "ticket_source")),
        tags(hook, "ticket_tags"),
        ZendeskConnector.lower(text(hook, "ticket_priority")),
        time(hook, "ticket_created_at"),
        time(hook, "ticket_updated_at"),
        text(hook, "ticket_url"),
        campaign(hook)), reply ? "ticket.customer_replied" : "ticket.created");
  }

  private String campaign(JsonNode hook) {
    List<String> tags = tags(hook, "ticket_tags");
    String field = campaigns.field();
    if (field != null && !field.isBlank() && !field.startsWith("ticket_")) {
      // The simple mode names each placeholder ticket_<name>: {{ticket.cf_utm_campaign}} is ticket_cf_utm_campaign.
      String placeholder = text(hook, "ticket_" + field.strip());
      if (placeholder != null) {
        return HelpdeskText.cap(placeholder, CampaignRules.MAX_CAMPAIGN);
      }
    }
    return campaigns.campaign(List.of(hook), tags);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
