package com.sentimenttriage.accounts.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.sentimenttriage.accounts.crm.SalesforceStub.acmeRecord;
import static com.sentimenttriage.accounts.crm.SalesforceStub.clientCredentialsToken;
import static com.sentimenttriage.accounts.crm.SalesforceStub.query;
import static com.sentimenttriage.accounts.crm.SalesforceStub.records;
import static com.sentimenttriage.accounts.crm.SalesforceStub.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Salesforce client against a stub of the token endpoint and the query resource. */
class SalesforceClientTest {

  @RegisterExtension
  static WireMockExtension salesforce = SalesforceStub.server();

  private SalesforceClient client;

  @BeforeEach
  void clientWithAToken() {
    client = SalesforceStub.client(salesforce);
    salesforce.stubFor(clientCredentialsToken().willReturn(token(salesforce, "tok-1")));
  }

  @Test
  void findsTheAccountOfTheContactInOneQuery() {
    salesforce.stubFor(query("tok-1",
        "FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Email = 'jo@acme.example') LIMIT 1")
        .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.containing(
            "SELECT Id, Name, Website, Plan__c, MRR__c, Renewal_Date__c, Health_Score__c, Owner.Name, Owner.Email"))
        .willReturn(records(acmeRecord("\"2026-11-30\"", "null"))));

    assertThat(client.findByContactEmail("jo@acme.example")).contains(new CrmAccount("001xx000003DGb2AAG",
        "Acme Corp", "Enterprise", new BigDecimal("4200.50"), null, LocalDate.of(2026, 11, 30), 58, "Dana Scully",
        "dana@vendor.example"));
  }

  @Test
  void withoutARenewalFieldTheNextOpenRenewalOpportunityDecides() {
    salesforce.stubFor(query("tok-1", "(SELECT CloseDate FROM Opportunities WHERE IsClosed = false AND Type = "
        + "'Renewal' ORDER BY CloseDate ASC LIMIT 1)")
        .willReturn(records(acmeRecord("null", """
            {"totalSize": 1, "done": true, "records": [{"attributes": {"type": "Opportunity"},
             "CloseDate": "2026-12-15"}]}"""))));

    assertThat(client.findByContactEmail("jo@acme.example")).get()
        .extracting(CrmAccount::renewalDate).isEqualTo(LocalDate.of(2026, 12, 15));
  }

  @Test
  void anEmailWithAQuoteCannotBreakOutOfTheLiteral() {
    salesforce.stubFor(query("tok-1", "Email = 'o\\'brien@acme.example')").willReturn(records()));

    assertThat(client.findByContactEmail("o'brien@acme.example")).isEmpty();
  }

  @Test
  void theDomainFallbackFollowsNextRecordsUrlToTheWebsiteWhoseHostMatches() {
    salesforce.stubFor(query("tok-1", "WHERE Website LIKE '%acme.example%'").willReturn(okJson("""
        {"totalSize": 2, "done": false, "nextRecordsUrl": "/services/data/v65.0/query/01gD0000002HU6KIAW-1",
         "records": [{"attributes": {"type": "Account"}, "Id": "001xx0000000001AAA", "Name": "Not Acme",
                      "Website": "https://notacme.example"}]}""")));
    salesforce.stubFor(get(urlPathEqualTo("/services/data/v65.0/query/01gD0000002HU6KIAW-1"))
        .withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(okJson("""
            {"totalSize": 2, "done": true, "records": [%s]}""".formatted(acmeRecord("null", "null")))));

    assertThat(client.findByDomain("acme.example")).get()
        .extracting(CrmAccount::name).isEqualTo("Acme Corp");
  }

  @Test
  void anExpiredSessionGetsOneNewTokenAndTheCallIsRepeated() {
    salesforce.stubFor(clientCredentialsToken().inScenario("token").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(token(salesforce, "tok-1")).willSetStateTo("first issued"));
    salesforce.stubFor(clientCredentialsToken().inScenario("token").whenScenarioStateIs("first issued")
        .willReturn(token(salesforce, "tok-2")));
    salesforce.stubFor(query("tok-1", "FROM Account").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("[{\"message\": \"Session expired or invalid\", \"errorCode\": \"INVALID_SESSION_ID\"}]")));
    salesforce.stubFor(query("tok-2", "FROM Account").willReturn(records(acmeRecord("null", "null"))));

    assertThat(client.findById("001xx000003DGb2AAG")).isPresent();
    assertThat(client.findById("001xx000003DGb2AAG")).isPresent();
    salesforce.verify(2, postRequestedFor(urlPathEqualTo("/services/oauth2/token")));
  }

  @Test
  void theRequestLimitIsUnavailable() {
    salesforce.stubFor(query("tok-1", "FROM Account").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json")
        .withBody("[{\"message\": \"TotalRequests Limit exceeded.\", \"errorCode\": \"REQUEST_LIMIT_EXCEEDED\"}]")));

    assertThatThrownBy(() -> client.findByContactEmail("jo@acme.example"))
        .isInstanceOf(CrmUnavailableException.class).hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
  }

  @Test
  void aRateLimitOrServiceUnavailableCarriesTheRetryAfter() {
    salesforce.stubFor(query("tok-1", "FROM Account").willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "120")));

    assertThatThrownBy(() -> client.findByContactEmail("jo@acme.example"))
        .isInstanceOfSatisfying(CrmUnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
  }

  @Test
  void aMalformedIdIsNeverSentToSalesforce() {
    assertThat(client.findById("001' OR Name != '")).isEmpty();
    salesforce.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        urlPathEqualTo("/services/data/v65.0/query")));
  }

  @Test
  void theJwtBearerFlowPostsASignedAssertionForTheIntegrationUser() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----";
    var properties = new AccountsProperties.Salesforce(URI.create(salesforce.baseUrl()),
        URI.create(salesforce.baseUrl() + "/services/oauth2/token"), SalesforceStub.CLIENT_ID, null,
        "integration@acme.example", pem, "https://login.salesforce.com", SalesforceStub.VERSION,
        SalesforceStub.defaultFields());
    salesforce.stubFor(post(urlPathEqualTo("/services/oauth2/token"))
        .withFormParam("grant_type", equalTo("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        .withFormParam("assertion", com.github.tomakehurst.wiremock.client.WireMock.matching("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
        .willReturn(token(salesforce, "tok-jwt")));
    salesforce.stubFor(query("tok-jwt", "FROM Account").willReturn(records()));

    new SalesforceClient(properties, Duration.ofSeconds(5), Clock.systemUTC()).findByContactEmail("jo@acme.example");

    LoggedRequest tokenRequest = salesforce.findAll(postRequestedFor(urlPathEqualTo("/services/oauth2/token"))).get(0);
    String[] jwt = tokenRequest.formParameters().get("assertion").firstValue().split("\\.");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(keys.getPublic());
    rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
    JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[1]));
    assertThat(claims.path("iss").asText()).isEqualTo(SalesforceStub.CLIENT_ID);
    assertThat(claims.path("sub").asText()).isEqualTo("integration@acme.example");
    assertThat(claims.path("aud").asText()).isEqualTo("https://login.salesforce.com");
  }
}
