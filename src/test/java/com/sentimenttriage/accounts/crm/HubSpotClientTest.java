package com.sentimenttriage.accounts.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.sentimenttriage.accounts.crm.HubSpotStub.acme;
import static com.sentimenttriage.accounts.crm.HubSpotStub.associations;
import static com.sentimenttriage.accounts.crm.HubSpotStub.company;
import static com.sentimenttriage.accounts.crm.HubSpotStub.companySearchByDomain;
import static com.sentimenttriage.accounts.crm.HubSpotStub.contactFound;
import static com.sentimenttriage.accounts.crm.HubSpotStub.contactSearch;
import static com.sentimenttriage.accounts.crm.HubSpotStub.dana;
import static com.sentimenttriage.accounts.crm.HubSpotStub.noResults;
import static com.sentimenttriage.accounts.crm.HubSpotStub.owner;
import static com.sentimenttriage.accounts.crm.HubSpotStub.primaryCompany;
import static com.sentimenttriage.accounts.crm.HubSpotStub.rateLimited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HubSpot client against a stub that answers only HubSpot's documented request shapes. */
class HubSpotClientTest {

  @RegisterExtension
  static WireMockExtension hubspot = HubSpotStub.server();

  private final HubSpotClient client = HubSpotStub.client(hubspot);

  @Test
  void findsTheContactsPrimaryCompanyWithItsPropertiesAndOwner() {
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(contactFound("501", "jo@acme.example")));
    hubspot.stubFor(associations("501").willReturn(primaryCompany("9001")));
    hubspot.stubFor(company("9001", "name", "mrr", "renewal_date", "health_score", "plan", "hubspot_owner_id")
        .willReturn(acme("9001")));
    hubspot.stubFor(owner("77").willReturn(dana()));

    assertThat(client.findByContactEmail("jo@acme.example")).contains(new CrmAccount("9001", "Acme Corp",
        "Enterprise", new BigDecimal("4200.50"), null, LocalDate.of(2026, 11, 30), 58, "Dana Scully",
        "dana@vendor.example"));
  }

  @Test
  void anUnknownContactIsNoAccount() {
    hubspot.stubFor(contactSearch("nobody@acme.example").willReturn(noResults()));

    assertThat(client.findByContactEmail("nobody@acme.example")).isEmpty();
  }

  @Test
  void findsACompanyByItsDomainProperty() {
    hubspot.stubFor(companySearchByDomain("acme.example")
        .withRequestBody(matchingJsonPath("$.properties[?(@ == 'health_score')]"))
        .willReturn(okJson("""
            {"total": 1, "results": [{"id": "9001", "properties": {"name": "Acme Corp", "domain": "acme.example",
              "health_score": "71", "hubspot_owner_id": "77"}}]}""")));
    hubspot.stubFor(owner("77").willReturn(dana()));

    CrmAccount acme = client.findByDomain("acme.example").orElseThrow();

    assertThat(acme.externalId()).isEqualTo("9001");
    assertThat(acme.healthScore()).isEqualTo(71);
    assertThat(acme.csOwnerEmail()).isEqualTo("dana@vendor.example");
  }

  @Test
  void propertiesTheCompanyLacksAreLeftOutAndNoOwnerIsAsked() {
    hubspot.stubFor(company("9002").willReturn(okJson("""
        {"id": "9002", "properties": {"name": "Bare Ltd", "mrr": null, "health_score": ""}}""")));

    assertThat(client.findById("9002")).contains(
        new CrmAccount("9002", "Bare Ltd", null, null, null, null, null, null, null));
  }

  @Test
  void readsTheValuesFromTheMappedCustomProperties() {
    var mapping = new AccountsProperties.HubSpotProperties("name", "domain", "mrr__c", "", "contract_end",
        "cs_health", "tier", "cs_owner_id");
    HubSpotClient mapped = new HubSpotClient(HubSpotStub.properties(hubspot, mapping), Duration.ofSeconds(5),
        Clock.systemUTC());
    hubspot.stubFor(company("9003", "mrr__c", "contract_end", "cs_health", "tier", "cs_owner_id")
        .willReturn(okJson("""
            {"id": "9003", "properties": {"name": "Mapped Inc", "mrr__c": "999", "contract_end": "2027-01-15T00:00:00Z",
              "cs_health": "64.6", "tier": "Growth"}}""")));

    CrmAccount account = mapped.findById("9003").orElseThrow();

    assertThat(account.mrr()).isEqualByComparingTo("999");
    assertThat(account.renewalDate()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(account.healthScore()).isEqualTo(65);
    assertThat(account.plan()).isEqualTo("Growth");
  }

  @Test
  void followsTheAssociationPagesToThePrimaryCompany() {
    hubspot.stubFor(contactSearch("pat@multi.example").willReturn(contactFound("502", "pat@multi.example")));
    hubspot.stubFor(associations("502").withQueryParam("after", equalTo("MjAw")).willReturn(primaryCompany("9005")));
    hubspot.stubFor(associations("502").atPriority(10).willReturn(okJson("""
        {"results": [{"toObjectId": 9004, "associationTypes": [
          {"category": "USER_DEFINED", "typeId": 3, "label": "Former employer"}]}],
         "paging": {"next": {"after": "MjAw", "link": "?after=MjAw"}}}""")));
    hubspot.stubFor(company("9005").willReturn(okJson("""
        {"id": "9005", "properties": {"name": "Current Employer"}}""")));

    assertThat(client.findByContactEmail("pat@multi.example")).get()
        .extracting(CrmAccount::externalId).isEqualTo("9005");
  }

  @Test
  void searchesCompaniesByNameAcrossPages() {
    hubspot.stubFor(HubSpotStub.authorized(com.github.tomakehurst.wiremock.client.WireMock.post(
            urlPathEqualTo("/crm/v3/objects/companies/search")))
        .withRequestBody(matchingJsonPath("$.filterGroups[0].filters[0].operator", equalTo("CONTAINS_TOKEN")))
        .withRequestBody(matchingJsonPath("$.after", equalTo("2")))
        .willReturn(okJson("""
            {"total": 3, "results": [{"id": "3", "properties": {"name": "Acme Three"}}]}""")));
    hubspot.stubFor(HubSpotStub.authorized(com.github.tomakehurst.wiremock.client.WireMock.post(
            urlPathEqualTo("/crm/v3/objects/companies/search")))
        .atPriority(10)
        .withRequestBody(matchingJsonPath("$.filterGroups[0].filters[0].value", equalTo("*acme*")))
        .willReturn(okJson("""
            {"total": 3, "results": [{"id": "1", "properties": {"name": "Acme One"}},
              {"id": "2", "properties": {"name": "Acme Two"}}], "paging": {"next": {"after": "2"}}}""")));

    assertThat(client.searchByName("acme", 10)).extracting(CrmAccount::name)
        .containsExactly("Acme One", "Acme Two", "Acme Three");
    hubspot.verify(2, postRequestedFor(urlPathEqualTo("/crm/v3/objects/companies/search")));
  }

  @Test
  void aRateLimitIsUnavailableWithTheRetryAfter() {
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(rateLimited(10)));

    assertThatThrownBy(() -> client.findByContactEmail("jo@acme.example"))
        .isInstanceOfSatisfying(CrmUnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(10)))
        .hasMessageContaining("429")
        .hasMessageNotContaining("jo@acme.example");
  }

  @Test
  void aServerErrorIsUnavailable() {
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> client.findByContactEmail("jo@acme.example"))
        .isInstanceOf(CrmUnavailableException.class).hasMessageContaining("502");
  }

  @Test
  void aDeletedCompanyIsNoAccount() {
    hubspot.stubFor(company("9999").willReturn(aResponse().withStatus(404).withHeader("Content-Type",
        "application/json").withBody("{\"status\": \"error\", \"category\": \"OBJECT_NOT_FOUND\"}")));

    assertThat(client.findById("9999")).isEmpty();
  }

  @Test
  void aRequestWithoutTheDocumentedShapeIsRefused() {
    // The stub knows the contact only under a filter on "email"; a client searching another property would fail.
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(noResults()));
    HubSpotClient wrongToken = new HubSpotClient(new AccountsProperties.HubSpot(
        java.net.URI.create(hubspot.baseUrl()), "another-token", HubSpotStub.defaultMapping()), Duration.ofSeconds(5),
        Clock.systemUTC());

    assertThatThrownBy(() -> wrongToken.findByContactEmail("jo@acme.example"))
        .isInstanceOf(CrmUnavailableException.class).hasMessageContaining("404");
  }
}
