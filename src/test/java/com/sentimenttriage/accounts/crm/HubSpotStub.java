package com.sentimenttriage.accounts.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A HubSpot stand-in that answers only requests shaped as HubSpot documents them: method, path, the private app's
 * Bearer token, the JSON body of a CRM search. Anything else gets WireMock's 404, which the client reports as the
 * CRM refusing the call, so a request that drifts from the contract fails its test.
 *
 * <p>Followed: "Search the CRM" (developers.hubspot.com/docs/api-reference/.../crm/search-the-crm), "Associations v4"
 * (developers.hubspot.com/docs/api-reference/crm-associations-v4/guide), "CRM API | Owners"
 * (developers.hubspot.com/docs/api-reference/crm-crm-owners-v3/guide), "API usage guidelines and limits"
 * (developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines).
 */
final class HubSpotStub {

  static final String TOKEN = "pat-test-token";

  private HubSpotStub() {
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(WireMockConfiguration.options().dynamicPort()).build();
  }

  static AccountsProperties.HubSpot properties(WireMockExtension server, AccountsProperties.HubSpotProperties mapping) {
    return new AccountsProperties.HubSpot(URI.create(server.baseUrl()), TOKEN, mapping);
  }

  static AccountsProperties.HubSpotProperties defaultMapping() {
    return new AccountsProperties.HubSpotProperties("name", "domain", "mrr", "", "renewal_date", "health_score",
        "plan", "hubspot_owner_id");
  }

  static HubSpotClient client(WireMockExtension server) {
    return new HubSpotClient(properties(server, defaultMapping()), Duration.ofSeconds(5), Clock.systemUTC());
  }

  static MappingBuilder authorized(MappingBuilder request) {
    return request.withHeader("Authorization", equalTo("Bearer " + TOKEN));
  }

  /** POST /crm/v3/objects/contacts/search for one e-mail (filterGroups → filters → email EQ). */
  static MappingBuilder contactSearch(String email) {
    return authorized(post(urlPathEqualTo("/crm/v3/objects/contacts/search")))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("""
            {"filterGroups": [{"filters": [{"propertyName": "email", "operator": "EQ", "value": "%s"}]}]}"""
            .formatted(email), true, true));
  }

  static ResponseDefinitionBuilder contactFound(String contactId, String email) {
    return okJson("""
        {"total": 1, "results": [{"id": "%s", "properties": {"email": "%s", "hs_object_id": "%s"},
          "createdAt": "2025-01-02T10:00:00Z", "updatedAt": "2025-06-01T10:00:00Z", "archived": false}]}"""
        .formatted(contactId, email, contactId));
  }

  static ResponseDefinitionBuilder noResults() {
    return okJson("""
        {"total": 0, "results": []}""");
  }

  /** GET /crm/v4/objects/contacts/{id}/associations/companies. */
  static MappingBuilder associations(String contactId) {
    return authorized(get(urlPathEqualTo("/crm/v4/objects/contacts/" + contactId + "/associations/companies")));
  }

  static ResponseDefinitionBuilder primaryCompany(String companyId) {
    return okJson("""
        {"results": [{"toObjectId": %s, "associationTypes": [
          {"category": "HUBSPOT_DEFINED", "typeId": 279, "label": null},
          {"category": "HUBSPOT_DEFINED", "typeId": 1, "label": "Primary"}]}]}""".formatted(companyId));
  }

  /** GET /crm/v3/objects/companies/{id}?properties=... naming each mapped property. */
  static MappingBuilder company(String companyId, String... properties) {
    MappingBuilder request = authorized(get(urlPathEqualTo("/crm/v3/objects/companies/" + companyId)));
    for (String property : properties) {
      request = request.withQueryParam("properties", containing(property));
    }
    return request;
  }

  static ResponseDefinitionBuilder acme(String companyId) {
    return okJson("""
        {"id": "%s", "properties": {"name": "Acme Corp", "domain": "acme.example", "mrr": "4200.50",
          "renewal_date": "2026-11-30", "health_score": "58", "plan": "Enterprise", "hubspot_owner_id": "77",
          "hs_object_id": "%s"}, "archived": false}""".formatted(companyId, companyId));
  }

  /** GET /crm/v3/owners/{ownerId}. */
  static MappingBuilder owner(String ownerId) {
    return authorized(get(urlPathEqualTo("/crm/v3/owners/" + ownerId)));
  }

  static ResponseDefinitionBuilder dana() {
    return okJson("""
        {"id": "77", "email": "dana@vendor.example", "type": "PERSON", "firstName": "Dana", "lastName": "Scully",
         "userId": 9586504, "archived": false}""");
  }

  /** POST /crm/v3/objects/companies/search by the domain property. */
  static MappingBuilder companySearchByDomain(String domain) {
    return authorized(post(urlPathEqualTo("/crm/v3/objects/companies/search")))
        .withRequestBody(equalToJson("""
            {"filterGroups": [{"filters": [{"propertyName": "domain", "operator": "EQ", "value": "%s"}]}]}"""
            .formatted(domain), true, true));
  }

  static ResponseDefinitionBuilder rateLimited(int retryAfterSeconds) {
    return aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(retryAfterSeconds))
        .withHeader("Content-Type", "application/json")
        .withBody("""
            {"status": "error", "message": "You have reached your secondly limit.", "errorType": "RATE_LIMIT",
             "category": "RATE_LIMITS", "policyName": "SECONDLY"}""");
  }
}
