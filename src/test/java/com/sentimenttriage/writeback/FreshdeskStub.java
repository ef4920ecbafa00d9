package com.sentimenttriage.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A Freshdesk stand-in that answers only requests shaped as Freshdesk API v2 documents them
 * (developers.freshdesk.com/api: Authentication, View a Ticket, Update a Ticket, Create a Note, Rate Limit): the API
 * key as the Basic user with the password "X", JSON bodies, {@code custom_fields} and {@code tags} on the update,
 * {@code body} and {@code private} on the note. Anything else gets WireMock's 404, which the writer reports as a
 * refusal that no retry helps, so a request that drifts from the contract fails its test.
 */
final class FreshdeskStub {

  static final String API_KEY = "fd-test-key";

  private FreshdeskStub() {
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(WireMockConfiguration.options().dynamicPort()).build();
  }

  static FreshdeskProperties properties(WireMockExtension server, String apiKey) {
    return new FreshdeskProperties(URI.create(server.baseUrl()), apiKey, Duration.ofSeconds(5), "st_",
        new FreshdeskProperties.Fields("cf_sentiment", "cf_frustration", "cf_topics", "cf_triage_action",
            "cf_triage_severity", "cf_triage_explanation"),
        Map.of("senior-support", 4200L));
  }

  static FreshdeskWriter writer(WireMockExtension server, Clock clock) {
    return new FreshdeskWriter(properties(server, API_KEY), clock);
  }

  static MappingBuilder authorized(MappingBuilder request) {
    return request.withHeader("Authorization", equalTo("Basic "
        + Base64.getEncoder().encodeToString((API_KEY + ":X").getBytes(StandardCharsets.UTF_8))));
  }

  /** GET /api/v2/tickets/{id}. */
  static MappingBuilder ticketRead(String id) {
    return authorized(get(urlPathEqualTo("/api/v2/tickets/" + id)));
  }

  static ResponseDefinitionBuilder ticket(String id, String tagsJson) {
    return okJson("""
        {"id": %s, "subject": "Invoice wrong again", "status": 2, "priority": 1, "group_id": null,
         "tags": %s, "custom_fields": {"cf_sentiment": null}}""".formatted(id, tagsJson));
  }

  /** PUT /api/v2/tickets/{id} with a JSON body that holds custom_fields (an object) and tags (an array). */
  static MappingBuilder ticketUpdate(String id) {
    return authorized(put(urlPathEqualTo("/api/v2/tickets/" + id)))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(matchingJsonPath("$.custom_fields"))
        .withRequestBody(matchingJsonPath("$.tags"));
  }

  /** PUT /api/v2/tickets/{id} with exactly this body (array order included). */
  static MappingBuilder ticketUpdate(String id, String body) {
    return ticketUpdate(id).withRequestBody(equalToJson(body));
  }

  static ResponseDefinitionBuilder updated(String id) {
    return okJson("""
        {"id": %s, "status": 2}""".formatted(id));
  }

  /** POST /api/v2/tickets/{id}/notes: a private note with an HTML body. */
  static MappingBuilder noteCreate(String id) {
    return authorized(post(urlPathEqualTo("/api/v2/tickets/" + id + "/notes")))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("""
            {"body": "${json-unit.any-string}", "private": true}"""));
  }

  static ResponseDefinitionBuilder noteCreated() {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
        {"id": 5001, "private": true, "incoming": false}""");
  }

  /** Freshdesk's 429: Retry-After in seconds (Rate Limit section). */
  static ResponseDefinitionBuilder rateLimited(String retryAfter) {
    return aResponse().withStatus(429).withHeader("Retry-After", retryAfter)
        .withHeader("X-RateLimit-Total", "3000").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("Content-Type", "application/json")
        .withBody("""
            {"message": "You have exceeded the limit of requests per hour"}""");
  }
}
