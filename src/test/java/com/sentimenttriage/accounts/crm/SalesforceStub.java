package com.sentimenttriage.accounts.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A Salesforce stand-in answering only documented requests: the OAuth 2.0 token endpoint (form-encoded
 * client-credentials or JWT bearer grant), and the query resource with the Bearer token it issued.
 *
 * <p>Followed: "Execute a SOQL Query" and "Query" (developer.salesforce.com/docs/platform/api-rest/guide/dome-query.html,
 * resources-query.md), "OAuth 2.0 Client Credentials Flow for Server-to-Server Integration" (as quoted in "Step
 * Three: Connect to Connect REST API Using OAuth", developer.salesforce.com/docs/atlas.en-us.chatterapi.meta/
 * chatterapi/quickstart_connecting.htm), "OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration"
 * (help.salesforce.com, sf.remoteaccess_oauth_jwt_flow.htm), "Status Codes and Error Responses" (api_rest errorcodes.htm).
 */
final class SalesforceStub {

  static final String VERSION = "v65.0";
  static final String CLIENT_ID = "3MVG9-test-client";
  static final String CLIENT_SECRET = "test-secret";

  private SalesforceStub() {
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort()).build();
  }

  static AccountsProperties.SalesforceFields defaultFields() {
    return new AccountsProperties.SalesforceFields("Name", "Website", "MRR__c", "", "Renewal_Date__c",
        "Health_Score__c", "Plan__c", "Owner.Name", "Owner.Email", "Renewal");
  }

  static AccountsProperties.Salesforce clientCredentials(WireMockExtension server) {
    return new AccountsProperties.Salesforce(null, URI.create(server.baseUrl() + "/services/oauth2/token"),
        CLIENT_ID, CLIENT_SECRET, null, null, "https://login.salesforce.com", VERSION, defaultFields());
  }

  static SalesforceClient client(WireMockExtension server) {
    return new SalesforceClient(clientCredentials(server), Duration.ofSeconds(5), Clock.systemUTC());
  }

  /** POST /services/oauth2/token, grant_type=client_credentials with the app's id and secret. */
  static MappingBuilder clientCredentialsToken() {
    return post(urlPathEqualTo("/services/oauth2/token"))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withFormParam("grant_type", equalTo("client_credentials"))
        .withFormParam("client_id", equalTo(CLIENT_ID))
        .withFormParam("client_secret", equalTo(CLIENT_SECRET));
  }

  static ResponseDefinitionBuilder token(WireMockExtension server, String accessToken) {
    return okJson("""
        {"access_token": "%s", "signature": "c2lnbmF0dXJl", "token_format": "opaque",
         "instance_url": "%s", "id": "https://login.salesforce.com/id/00Dxx0000001gPL/005xx000001Sv6A",
         "token_type": "Bearer", "issued_at": "1700000000000"}""".formatted(accessToken, server.baseUrl()));
  }

  /** GET /services/data/vXX.X/query?q=... whose SOQL contains {@code soqlPart}, with the Bearer token. */
  static MappingBuilder query(String accessToken, String soqlPart) {
    return get(urlPathEqualTo("/services/data/" + VERSION + "/query"))
        .withHeader("Authorization", equalTo("Bearer " + accessToken))
        .withQueryParam("q", containing(soqlPart));
  }

  static String acmeRecord(String renewal, String opportunities) {
    return """
        {"attributes": {"type": "Account", "url": "/services/data/v65.0/sobjects/Account/001xx000003DGb2AAG"},
         "Id": "001xx000003DGb2AAG", "Name": "Acme Corp", "Website": "https://www.acme.example/", "MRR__c": 4200.5,
         "Renewal_Date__c": %s, "Health_Score__c": 58.0, "Plan__c": "Enterprise",
         "Owner": {"attributes": {"type": "User", "url": "/services/data/v65.0/sobjects/User/005xx"},
                   "Name": "Dana Scully", "Email": "dana@vendor.example"},
         "Opportunities": %s}""".formatted(renewal, opportunities);
  }

  static ResponseDefinitionBuilder records(String... records) {
    return okJson("""
        {"totalSize": %d, "done": true, "records": [%s]}""".formatted(records.length, String.join(",", records)));
  }
}
