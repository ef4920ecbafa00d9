package com.sentimenttriage.writeback;

import static com.sentimenttriage.writeback.HelpdeskApiCalls.blank;
import static com.sentimenttriage.writeback.HelpdeskApiCalls.encode;
import static com.sentimenttriage.writeback.HelpdeskApiCalls.putText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the verdict onto a Freshdesk ticket through API v2 (developers.freshdesk.com/api): "View a Ticket" to read
 * its tags, "Update a Ticket" ({@code PUT /api/v2/tickets/{id}}) with {@code custom_fields}, {@code tags} and, when
 * the actions table asks, {@code priority} (1 low … 4 urgent) and {@code group_id}; and, when the gate escalates,
 * "Create a Note" ({@code POST /api/v2/tickets/{id}/notes}, {@code private: true}). Authentication is the API key as
 * the Basic user name with the password "X". The update replaces the ticket's whole tag list, so the ticket's own
 * tags are read first and kept; only tags with our prefix are replaced.
 */
@Component
@EnableConfigurationProperties(FreshdeskProperties.class)
public class FreshdeskWriter implements HelpdeskWriter {

  /** As intake/connector/FreshdeskConnector.SOURCE. */
  static final String SOURCE = "freshdesk";

  /** Freshdesk's priority numbers, by the names the actions table may use. */
  private static final Map<String, Integer> PRIORITIES = Map.of("low", 1, "medium", 2, "normal", 2, "high", 3,
      "urgent", 4);

  private static final Logger log = LoggerFactory.getLogger(FreshdeskWriter.class);

  private final FreshdeskProperties properties;
  private final HelpdeskApiCalls http;

  public FreshdeskWriter(FreshdeskProperties properties, Clock clock) {
    this.properties = properties;
    this.http = new HelpdeskApiCalls(SOURCE, properties.timeout(), clock);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public boolean configured() {
    return properties.apiUrl() != null && !blank(properties.apiKey());
  }

  @Override
  public void write(WriteBack writeBack) {
    HelpdeskApiCalls.requireWritable(this, writeBack);
    String ticket = "/api/v2/tickets/" + encode(writeBack.ticketId());
    JsonNode current = http.call(authorized(http.get(uri(ticket))), "ticket read");
    http.call(authorized(http.json("PUT", uri(ticket), update(writeBack, current.path("tags")))), "ticket update");
    if (writeBack.escalated()) {
      ObjectNode note = http.object();
      note.put("body", HelpdeskApiCalls.noteBody(writeBack));
      note.put("private", true);
      http.call(authorized(http.json("POST", uri(ticket + "/notes"), note)), "note create");
    }
  }

  /** The update's body: our fields, the ticket's other tags then ours, and the actions' priority and group. */
  ObjectNode update(WriteBack writeBack, JsonNode currentTags) {
    ObjectNode update = http.object();
    ObjectNode fields = update.putObject("custom_fields");
    FreshdeskProperties.Fields names = properties.fields();
    putText(fields, names.label(), writeBack.label());
    if (!blank(names.frustration())) {
      fields.put(names.frustration(), writeBack.frustration());
    }
    putText(fields, names.topics(), HelpdeskApiCalls.topics(writeBack));
    putText(fields, names.action(), writeBack.action());
    putText(fields, names.severity(), writeBack.severity());
    putText(fields, names.explanation(), writeBack.explanation());

    List<String> tags = new ArrayList<>();
    currentTags.forEach(tag -> {
      String name = tag.asText();
      if (!name.toLowerCase(Locale.ROOT).startsWith(properties.tagPrefix()) && !tags.contains(name)) {
        tags.add(name);
      }
    });
    tags.addAll(HelpdeskApiCalls.ourTags(writeBack, properties.tagPrefix()));
    ArrayNode tagArray = update.putArray("tags");
    tags.forEach(tagArray::add);

    HelpdeskApiCalls.action(writeBack, "priority").flatMap(FreshdeskWriter::priority)
        .ifPresent(priority -> update.put("priority", priority));
    HelpdeskApiCalls.action(writeBack, "group").flatMap(this::groupId)
        .ifPresent(groupId -> update.put("group_id", groupId));
    return update;
  }


  /** 1-4 as given, or a priority name; empty for anything else, which Freshdesk has no priority for. */
  static Optional<Integer> priority(String value) {
    Integer named = PRIORITIES.get(value.toLowerCase(Locale.ROOT));
    if (named != null) {
      return Optional.of(named);
    }
    if (value.matches("[1-4]")) {
      return Optional.of(Integer.parseInt(value));
    }
    log.warn("Freshdesk has no priority '{}'; the actions table's priority is not applied", value);
    return Optional.empty();
  }

  /** A group id as given, or the id configured for a group name; empty (and said in the log) for neither. */
  private Optional<Long> groupId(String value) {
    Long named = properties.groups().get(value);
    if (named != null) {
      return Optional.of(named);
    }
    if (value.matches("\\d{1,18}")) {
      return Optional.of(Long.parseLong(value));
    }
    log.warn("No Freshdesk group id configured for '{}' (triage.helpdesk.freshdesk.groups.{})", value, value);
    return Optional.empty();
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    String basic = Base64.getEncoder().encodeToString((properties.apiKey() + ":X").getBytes(StandardCharsets.UTF_8));
    return request.header("Authorization", "Basic " + basic);
  }

  private URI uri(String path) {
    return HelpdeskApiCalls.uri(properties.apiUrl(), path);
  }
}
