package com.sentimenttriage.writeback.zendesk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.writeback.HelpdeskAction;
import com.sentimenttriage.writeback.HelpdeskHttp;
import com.sentimenttriage.writeback.HelpdeskWriter;
import com.sentimenttriage.writeback.WriteBack;
import com.sentimenttriage.writeback.WriteBackException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a ticket's score to Zendesk in one "Update Ticket" call ({@code PUT /api/v2/tickets/{id}.json}, API token
 * basic auth {@code {email}/token:{api_token}}): the custom fields, triage's own tags, a private comment with the
 * explanation when the gate escalates, and the actions the actions table chose.
 *
 * <p>Tags go as {@code additional_tags} and {@code remove_tags}, never {@code tags}: {@code tags} replaces the
 * ticket's whole list, agents' and triggers' tags included. Triage removes the tags of its own vocabulary it no
 * longer means (a ticket that was Negative and is now Neutral loses st_negative) and leaves all others alone.
 */
public class ZendeskWriter implements HelpdeskWriter {

  /** As intake.connector.ZendeskConnector.SOURCE, the source of tickets that came from Zendesk. */
  public static final String SOURCE = "zendesk";
  /** Zendesk's priorities; any other value the actions table names is skipped. */
  private static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");
  /** The gate's values, whose tags a later write replaces. */
  private static final List<String> LABELS = List.of("Urgent", "Negative", "Neutral", "Positive", "Promoter");
  private static final List<String> SEVERITIES = List.of("None", "Low", "Medium", "High", "Critical");
  private static final List<String> ACTIONS = List.of("ALERT", "DIGEST", "LOG", "ADVOCACY");

  private static final Logger log = LoggerFactory.getLogger(ZendeskWriter.class);

  private final ZendeskProperties properties;
  private final HelpdeskHttp http;

  public ZendeskWriter(ZendeskProperties properties, Clock clock) {
    this.properties = properties;
    this.http = new HelpdeskHttp("Zendesk", properties.timeout(), clock);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public boolean configured() {
    return properties.configured();
  }

  @Override
  public void write(WriteBack writeBack) throws WriteBackException {
    if (!SOURCE.equals(writeBack.source())) {
      throw new IllegalArgumentException("Not a Zendesk ticket: " + writeBack.source());
    }
    ObjectNode ticket = http.json().createObjectNode();
    ArrayNode fields = ticket.putArray("custom_fields");
    field(fields, "label", writeBack.label());
    if (properties.fields().get("frustration") != null) {
      fields.addObject().put("id", properties.fields().get("frustration")).put("value", writeBack.frustration());
    }
    field(fields, "topics", String.join(", ", writeBack.topics()));
    field(fields, "action", writeBack.action());
    field(fields, "severity", writeBack.severity());
    field(fields, "explanation", writeBack.explanation());

    Set<String> ours = new LinkedHashSet<>();
    ours.add(tag(writeBack.label()));
    if (writeBack.severity() != null) {
      ours.add(tag("severity_" + writeBack.severity()));
    }
    if (writeBack.action() != null) {
      ours.add(tag("action_" + writeBack.action()));
    }
    if (writeBack.escalated()) {
      ours.add(tag("escalated"));
    }
    for (HelpdeskAction action : writeBack.actions()) {
      apply(ticket, ours, action);
    }
    Set<String> remove = new LinkedHashSet<>();
    LABELS.forEach(label -> remove.add(tag(label)));
    SEVERITIES.forEach(severity -> remove.add(tag("severity_" + severity)));
    ACTIONS.forEach(action -> remove.add(tag("action_" + action)));
    remove.add(tag("escalated"));
    remove.removeAll(ours);
    ours.forEach(ticket.putArray("additional_tags")::add);
    remove.forEach(ticket.putArray("remove_tags")::add);

    if (writeBack.escalated() && writeBack.explanation() != null && !writeBack.explanation().isBlank()) {
      // Private: an internal note for agents, never mailed to the requester.
      ticket.putObject("comment").put("body", "Sentiment triage escalated this ticket ("
          + writeBack.severity() + "): " + writeBack.explanation()).put("public", false);
    }
    ObjectNode body = http.json().createObjectNode();
    body.set("ticket", ticket);
    http.send(http.request(HelpdeskHttp.uri(properties.apiUrl(), "/api/v2/tickets/" + encode(writeBack.ticketId())
        + ".json"), "PUT", body).header("Authorization", authorization()), "ticket update");
  }

  /** The requester's e-mail ({@code GET /api/v2/users/{id}.json}), or null when Zendesk has none. */
  public String requesterEmail(String userId) {
    var user = http.send(http.request(HelpdeskHttp.uri(properties.apiUrl(), "/api/v2/users/" + encode(userId)
        + ".json"), "GET", null).header("Authorization", authorization()), "user lookup");
    String email = user.path("user").path("email").asText("").strip();
    return email.isEmpty() ? null : email;
  }

  private void apply(ObjectNode ticket, Set<String> tags, HelpdeskAction action) {
    String value = action.value() == null ? "" : action.value().strip();
    switch (action.kind()) {
      case "priority" -> {
        if (PRIORITIES.contains(value.toLowerCase(Locale.ROOT))) {
          ticket.put("priority", value.toLowerCase(Locale.ROOT));
        } else {
          log.warn("Zendesk has no priority '{}'; the actions table's priority is not applied", value);
        }
      }
      case "group" -> {
        Long group = properties.groups().get(value);
        if (group != null) {
          ticket.put("group_id", group);
        } else {
          log.warn("No Zendesk group id configured for '{}' (triage.helpdesk.zendesk.groups.{})", value, value);
        }
      }
      case "tag" -> tags.add(value);
      default -> log.warn("Unknown helpdesk action '{}' skipped", action.kind());
    }
  }

  private void field(ArrayNode fields, String name, String value) {
    Long id = properties.fields().get(name);
    if (id != null) {
      fields.addObject().put("id", id).put("value", value);
    }
  }

  /** st_negative, st_severity_high: Zendesk tags are lower case, without spaces. */
  private String tag(String value) {
    return (properties.tagPrefix() + value).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_:-]+", "_");
  }

  private String authorization() {
    return "Basic " + Base64.getEncoder().encodeToString((properties.email() + "/token:" + properties.apiToken())
        .getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
