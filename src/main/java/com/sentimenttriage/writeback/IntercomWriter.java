package com.sentimenttriage.writeback;

import static com.sentimenttriage.writeback.HelpdeskApiCalls.blank;
import static com.sentimenttriage.writeback.HelpdeskApiCalls.encode;
import static com.sentimenttriage.writeback.HelpdeskApiCalls.putText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the verdict onto an Intercom conversation through the REST API (developers.intercom.com, the version in
 * {@code triage.helpdesk.intercom.version}, sent as the {@code Intercom-Version} header; Bearer access token):
 * <ul>
 *   <li>"Retrieve a conversation" ({@code GET /conversations/{id}}) for its tags and team;</li>
 *   <li>tags: "Create or update a tag" ({@code POST /tags}, which finds an existing name rather than duplicating it)
 *       for the id, "Add tag to a conversation" ({@code POST /conversations/{id}/tags} with the tag id and admin
 *       id), and "Remove tag from a conversation" ({@code DELETE /conversations/{id}/tags/{tagId}}) for our tags of
 *       an earlier verdict; a tag already on the conversation is not sent again;</li>
 *   <li>"Update a conversation" ({@code PUT /conversations/{id}}) with {@code custom_attributes};</li>
 *   <li>the actions table's group: "Manage a conversation" ({@code POST /conversations/{id}/parts}, an assignment to
 *       the team) unless the conversation is with that team already;</li>
 *   <li>when the gate escalates, "Reply to a conversation" ({@code POST /conversations/{id}/reply}) as an admin
 *       {@code note}, which the customer does not see.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(IntercomProperties.class)
public class IntercomWriter implements HelpdeskWriter {

  /** As intake/connector/IntercomConnector.SOURCE. */
  static final String SOURCE = "intercom";

  private static final Logger log = LoggerFactory.getLogger(IntercomWriter.class);

  private final IntercomProperties properties;
  private final HelpdeskApiCalls http;
  /** Tag name (lower case: Intercom's names are case-insensitive) to id; tags are never deleted by us. */
  private final Map<String, String> tagIds = new ConcurrentHashMap<>();

  public IntercomWriter(IntercomProperties properties, Clock clock) {
    this.properties = properties;
    this.http = new HelpdeskApiCalls(SOURCE, properties.timeout(), clock);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public boolean configured() {
    return properties.apiUrl() != null && !blank(properties.accessToken()) && !blank(properties.adminId());
  }

  @Override
  public void write(WriteBack writeBack) {
    HelpdeskApiCalls.requireWritable(this, writeBack);
    String conversation = "/conversations/" + encode(writeBack.ticketId());
    JsonNode current = http.call(authorized(http.get(uri(conversation))), "conversation read");

    replaceTags(conversation, current.path("tags").path("tags"), HelpdeskApiCalls.ourTags(writeBack,
        properties.tagPrefix()));

    ObjectNode update = http.object();
    update.set("custom_attributes", attributes(writeBack));
    http.call(authorized(http.json("PUT", uri(conversation), update)), "conversation update");

    HelpdeskApiCalls.action(writeBack, "group").flatMap(this::teamId)
        .filter(team -> !team.equals(current.path("team_assignee_id").asText()))
        .ifPresent(team -> {
          ObjectNode assignment = adminBody();
          assignment.put("message_type", "assignment");
          assignment.put("type", "team");
          assignment.put("assignee_id", team);
          http.call(authorized(http.json("POST", uri(conversation + "/parts"), assignment)), "team assignment");
        });

    if (writeBack.escalated()) {
      ObjectNode note = http.object();
      note.put("message_type", "note");
      note.put("type", "admin");
      note.put("admin_id", properties.adminId());
      note.put("body", HelpdeskApiCalls.noteBody(writeBack));
      http.call(authorized(http.json("POST", uri(conversation + "/reply"), note)), "note reply");
    }
  }

  /** Removes our tags the verdict no longer has, then adds the ones the conversation lacks. */
  private void replaceTags(String conversation, JsonNode currentTags, List<String> wanted) {
    Map<String, String> ours = new LinkedHashMap<>();
    currentTags.forEach(tag -> {
      String name = tag.path("name").asText().toLowerCase(Locale.ROOT);
      if (name.startsWith(properties.tagPrefix())) {
        ours.put(name, tag.path("id").asText());
        tagIds.putIfAbsent(name, tag.path("id").asText());
      }
    });
    for (Map.Entry<String, String> tag : ours.entrySet()) {
      if (!wanted.contains(tag.getKey())) {
        http.call(authorized(http.json("DELETE", uri(conversation + "/tags/" + encode(tag.getValue())),
            adminBody())), "tag removal");
      }
    }
    for (String name : wanted) {
      if (!ours.containsKey(name)) {
        ObjectNode attach = http.object();
        attach.put("id", tagId(name));
        attach.put("admin_id", properties.adminId());
        try {
          http.call(authorized(http.json("POST", uri(conversation + "/tags"), attach)), "tag add");
        } catch (WriteBackException e) {
          // The cached id may belong to a tag someone deleted in Intercom since: ask for it by name next time.
          tagIds.remove(name);
          throw e;
        }
      }
    }
  }

  private String tagId(String name) {
    String known = tagIds.get(name);
    if (known != null) {
      return known;
    }
    ObjectNode create = http.object();
    create.put("name", name);
    String id = http.call(authorized(http.json("POST", uri("/tags"), create)), "tag create").path("id").asText();
    if (id.isEmpty()) {
      throw new WriteBackException("intercom tag create answered no id", null, true, null);
    }
    tagIds.put(name, id);
    return id;
  }

  ObjectNode attributes(WriteBack writeBack) {
    ObjectNode attributes = http.object();
    IntercomProperties.Attributes names = properties.attributes();
    putText(attributes, names.label(), writeBack.label());
    if (!blank(names.frustration())) {
      attributes.put(names.frustration(), writeBack.frustration());
    }
    putText(attributes, names.topics(), HelpdeskApiCalls.topics(writeBack));
    putText(attributes, names.action(), writeBack.action());
    putText(attributes, names.severity(), writeBack.severity());
    putText(attributes, names.explanation(), writeBack.explanation());
    HelpdeskApiCalls.action(writeBack, "priority").ifPresent(priority -> putText(attributes, names.priority(),
        priority));
    return attributes;
  }


  /** A team id as given, or the id configured for a group name; empty (and said in the log) for neither. */
  private Optional<String> teamId(String value) {
    String named = properties.teams().get(value);
    if (named != null) {
      return Optional.of(named);
    }
    if (value.matches("\\d{1,18}")) {
      return Optional.of(value);
    }
    log.warn("No Intercom team id configured for '{}' (triage.helpdesk.intercom.teams.{})", value, value);
    return Optional.empty();
  }

  private ObjectNode adminBody() {
    ObjectNode body = http.object();
    body.put("admin_id", properties.adminId());
    return body;
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer " + properties.accessToken())
        .header("Intercom-Version", properties.version());
  }

  private URI uri(String path) {
    return HelpdeskApiCalls.uri(properties.apiUrl(), path);
  }
}
