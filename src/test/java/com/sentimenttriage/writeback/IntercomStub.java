package com.sentimenttriage.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * An Intercom stand-in that answers only requests shaped as the REST API (version 2.11) documents them
 * (developers.intercom.com/docs/references/2.11/rest-api/api.intercom.io: Conversations — retrieve, update, reply,
 * manage; Tags — create or update, add to a conversation, remove from a conversation; Rate Limiting): the Bearer
 * token and the Intercom-Version header on every call, JSON bodies with the admin id where Intercom requires one.
 * Anything else gets WireMock's 404, which the writer reports as a refusal no retry helps, so a request that drifts
 * from the contract fails its test.
 */
final class IntercomStub {

  static final String TOKEN = "ic-test-token";
  static final String ADMIN = "991267618";
  static final String VERSION = "2.11";

  private IntercomStub() {
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(WireMockConfiguration.options().dynamicPort()).build();
  }

  static IntercomProperties properties(WireMockExtension server, String token, String adminId) {
    return new IntercomProperties(URI.create(server.baseUrl()), token, adminId, VERSION, Duration.ofSeconds(5),
        "st_", new IntercomProperties.Attributes("Sentiment", "Frustration", "Topics", "Triage action",
            "Triage severity", "Triage explanation", "Triage priority"),
        Map.of("senior-support", "5017691"));
  }

  static IntercomWriter writer(WireMockExtension server, Clock clock) {
    return new IntercomWriter(properties(server, TOKEN, ADMIN), clock);
  }

  static MappingBuilder authorized(MappingBuilder request) {
    return request.withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Intercom-Version", equalTo(VERSION));
  }

  private static MappingBuilder withJson(MappingBuilder request, String body) {
    return authorized(request).withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson(body));
  }

  /** GET /conversations/{id}. */
  static MappingBuilder conversationRead(String id) {
    return authorized(get(urlPathEqualTo("/conversations/" + id)));
  }

  /** A conversation with these tags ({@code [{"type": "tag", "id": ..., "name": ...}]}) and team. */
  static ResponseDefinitionBuilder conversation(String id, String tagsJson, String teamId) {
    return okJson("""
        {"type": "conversation", "id": "%s", "state": "open", "priority": "not_priority",
         "admin_assignee_id": null, "team_assignee_id": %s,
         "tags": {"type": "tag.list", "tags": %s}, "custom_attributes": {}}"""
        .formatted(id, teamId == null ? "null" : "\"" + teamId + "\"", tagsJson));
  }

  /** POST /tags {"name": name}: Intercom creates the tag, or finds it when the name exists. */
  static MappingBuilder tagCreate(String name) {
    return withJson(post(urlPathEqualTo("/tags")), """
        {"name": "%s"}""".formatted(name));
  }

  static ResponseDefinitionBuilder tag(String id, String name) {
    return okJson("""
        {"type": "tag", "id": "%s", "name": "%s"}""".formatted(id, name));
  }

  /** POST /conversations/{id}/tags {"id": tagId, "admin_id": ...}. */
  static MappingBuilder tagAdd(String conversationId, String tagId) {
    return withJson(post(urlPathEqualTo("/conversations/" + conversationId + "/tags")), """
        {"id": "%s", "admin_id": "%s"}""".formatted(tagId, ADMIN));
  }

  /** DELETE /conversations/{id}/tags/{tagId} {"admin_id": ...}. */
  static MappingBuilder tagRemove(String conversationId, String tagId) {
    return withJson(delete(urlPathEqualTo("/conversations/" + conversationId + "/tags/" + tagId)), """
        {"admin_id": "%s"}""".formatted(ADMIN));
  }

  /** PUT /conversations/{id} with custom_attributes and nothing else. */
  static MappingBuilder conversationUpdate(String id, String customAttributesJson) {
    return withJson(put(urlPathEqualTo("/conversations/" + id)), """
        {"custom_attributes": %s}""".formatted(customAttributesJson));
  }

  /** PUT /conversations/{id} with any custom_attributes. */
  static MappingBuilder conversationUpdate(String id) {
    return authorized(put(urlPathEqualTo("/conversations/" + id)))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(matchingJsonPath("$.custom_attributes"));
  }

  /** POST /conversations/{id}/parts: assignment to a team by an admin. */
  static MappingBuilder teamAssignment(String id, String teamId) {
    return withJson(post(urlPathEqualTo("/conversations/" + id + "/parts")), """
        {"message_type": "assignment", "type": "team", "admin_id": "%s", "assignee_id": "%s"}"""
        .formatted(ADMIN, teamId));
  }

  /** POST /conversations/{id}/reply: an admin's internal note. */
  static MappingBuilder noteReply(String id) {
    return withJson(post(urlPathEqualTo("/conversations/" + id + "/reply")), """
        {"message_type": "note", "type": "admin", "admin_id": "%s", "body": "${json-unit.any-string}"}"""
        .formatted(ADMIN));
  }

  static ResponseDefinitionBuilder ok(String id) {
    return okJson("""
        {"type": "conversation", "id": "%s"}""".formatted(id));
  }

  /** Intercom's 429: rate_limit_exceeded with X-RateLimit-Reset as a UNIX time, no Retry-After. */
  static ResponseDefinitionBuilder rateLimited(long resetEpochSecond) {
    return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withHeader("X-RateLimit-Limit", "167").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Reset", String.valueOf(resetEpochSecond))
        .withBody("""
            {"type": "error.list", "errors": [{"code": "rate_limit_exceeded",
              "message": "Exceeded rate limit of 167 in 10_seconds"}]}""");
  }
}
