package com.sentimenttriage.writeback.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Zendesk's Ticketing API as documented (developer.zendesk.com: "Tickets" Update Ticket, "Users" Show User,
 * "Security and authentication" API token): a stubbed call matches only with the API token's basic auth header
 * ({email}/token:{api_token}, base64) and, for an update, a JSON body {"ticket": {...}}. Any other request gets
 * WireMock's 404, so a writer that deviates from the contract fails its test.
 */
public final class ZendeskStub {

  public static final String EMAIL = "triage@vendor.example";
  public static final String TOKEN = "zd-test-token-1";
  public static final long LABEL_FIELD = 360001001L;
  public static final long FRUSTRATION_FIELD = 360001002L;
  public static final long TOPICS_FIELD = 360001003L;
  public static final long SEVERITY_FIELD = 360001004L;
  public static final long SENIOR_GROUP = 360009999L;

  static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
      .encodeToString((EMAIL + "/token:" + TOKEN).getBytes());

  public static WireMockExtension server() {
    return WireMockExtension.newInstance().options(WireMockConfiguration.options().dynamicPort()).build();
  }

  public static ZendeskProperties properties(String baseUrl) {
    return new ZendeskProperties(URI.create(baseUrl), EMAIL, TOKEN, Duration.ofSeconds(5),
        Map.of("label", LABEL_FIELD, "frustration", FRUSTRATION_FIELD, "topics", TOPICS_FIELD,
            "severity", SEVERITY_FIELD), "st_", Map.of("senior-support", SENIOR_GROUP));
  }

  /** PUT /api/v2/tickets/{id}.json with auth, JSON and a "ticket" object. */
  public static MappingBuilder updateTicket(String ticketId) {
    return put(urlPathEqualTo("/api/v2/tickets/" + ticketId + ".json"))
        .withHeader("Authorization", equalTo(AUTHORIZATION))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(matchingJsonPath("$.ticket"));
  }

  /** GET /api/v2/users/{id}.json with auth. */
  public static MappingBuilder showUser(String userId) {
    return get(urlPathEqualTo("/api/v2/users/" + userId + ".json"))
        .withHeader("Authorization", equalTo(AUTHORIZATION));
  }

  private ZendeskStub() {
  }
}
