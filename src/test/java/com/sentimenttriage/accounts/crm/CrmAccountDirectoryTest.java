package com.sentimenttriage.accounts.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.sentimenttriage.accounts.crm.HubSpotStub.acme;
import static com.sentimenttriage.accounts.crm.HubSpotStub.associations;
import static com.sentimenttriage.accounts.crm.HubSpotStub.company;
import static com.sentimenttriage.accounts.crm.HubSpotStub.contactFound;
import static com.sentimenttriage.accounts.crm.HubSpotStub.contactSearch;
import static com.sentimenttriage.accounts.crm.HubSpotStub.dana;
import static com.sentimenttriage.accounts.crm.HubSpotStub.noResults;
import static com.sentimenttriage.accounts.crm.HubSpotStub.owner;
import static com.sentimenttriage.accounts.crm.HubSpotStub.primaryCompany;
import static com.sentimenttriage.accounts.crm.HubSpotStub.rateLimited;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountLookup;
import com.sentimenttriage.accounts.AccountSignals;
import com.sentimenttriage.support.MigratedDatabase;
import com.sentimenttriage.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The CRM directory over HubSpot's stub: domain fallback, free mail, cache, single flight and the outage fallback. */
class CrmAccountDirectoryTest {

  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(15);

  @RegisterExtension
  static WireMockExtension hubspot = HubSpotStub.server();

  private final MutableClock clock = new MutableClock(START);
  private JdbcTemplate jdbc;
  private CrmAccountDirectory directory;

  @BeforeEach
  void directoryOverTheStub() {
    jdbc = MigratedDatabase.h2("crm");
    directory = new CrmAccountDirectory(new HubSpotClient(HubSpotStub.properties(hubspot,
        HubSpotStub.defaultMapping()), Duration.ofSeconds(5), clock),
        new CrmAccountStore("hubspot", jdbc, new DataSourceTransactionManager(jdbc.getDataSource())), TTL,
        Duration.ofSeconds(30), clock);
  }

  @AfterEach
  void reset() {
    hubspot.resetAll();
  }

  private void acmeKnowsJo() {
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(contactFound("501", "jo@acme.example")));
    hubspot.stubFor(associations("501").willReturn(primaryCompany("9001")));
    hubspot.stubFor(company("9001").willReturn(acme("9001")));
    hubspot.stubFor(owner("77").willReturn(dana()));
  }

  @Test
  void aContactsAccountGetsALocalIdAndIsCachedForTheSecondTicket() {
    acmeKnowsJo();

    Account first = directory.findByRequesterEmail("Jo@Acme.example").orElseThrow();
    Account second = directory.findByRequesterEmail("jo@acme.example").orElseThrow();

    assertThat(first.id()).isGreaterThanOrEqualTo(1_000_000_000L);
    assertThat(second).isEqualTo(first);
    assertThat(first.healthScore()).isEqualTo(58);
    hubspot.verify(1, postRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts/search")));
    assertThat(directory.findById(first.id())).contains(first);
    hubspot.verify(1, WireMock.getRequestedFor(urlPathEqualTo("/crm/v3/objects/companies/9001")));
  }

  @Test
  void aBurstOfTicketsFromOneRequesterCostsOneLookup() throws Exception {
    acmeKnowsJo();
    hubspot.stubFor(contactSearch("jo@acme.example")
        .willReturn(contactFound("501", "jo@acme.example").withFixedDelay(300)));
    ExecutorService burst = Executors.newFixedThreadPool(8);
    try {
      Callable<Account> lookUp = () -> directory.findByRequesterEmail("jo@acme.example").orElseThrow();
      List<Future<Account>> tickets = burst.invokeAll(java.util.Collections.nCopies(8, lookUp));
      for (Future<Account> ticket : tickets) {
        assertThat(ticket.get().name()).isEqualTo("Acme Corp");
      }
    } finally {
      burst.shutdownNow();
    }
    hubspot.verify(1, postRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts/search")));
  }

  @Test
  void anUnknownContactFallsBackToTheCompanyDomain() {
    hubspot.stubFor(contactSearch("new@acme.example").willReturn(noResults()));
    hubspot.stubFor(HubSpotStub.companySearchByDomain("acme.example").willReturn(WireMock.okJson("""
        {"total": 1, "results": [{"id": "9001", "properties": {"name": "Acme Corp", "domain": "acme.example"}}]}""")));

    assertThat(directory.findByRequesterEmail("new@acme.example")).get()
        .extracting(Account::name).isEqualTo("Acme Corp");
  }

  @Test
  void aFreeMailDomainIsNeverSearchedAsACompany() {
    hubspot.stubFor(contactSearch("someone@gmail.com").willReturn(noResults()));

    assertThat(directory.findByRequesterEmail("someone@gmail.com")).isEmpty();
    hubspot.verify(0, postRequestedFor(urlPathEqualTo("/crm/v3/objects/companies/search")));
  }

  @Test
  void whenTheCrmRateLimitsTheLastValuesSeenComeBackMarkedStale() {
    acmeKnowsJo();
    Account seen = directory.findByRequesterEmail("jo@acme.example").orElseThrow();
    clock.advance(TTL.plusMinutes(1));
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(rateLimited(120)));

    AccountLookup lookup = directory.lookUp("jo@acme.example");

    assertThat(lookup.account()).contains(seen);
    assertThat(lookup.staleSince()).isEqualTo(START);
  }

  @Test
  void afterARetryAfterTheNodeDoesNotAskTheCrmUntilItIsOver() {
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(rateLimited(120)));
    assertThat(directory.lookUp("jo@acme.example")).isEqualTo(AccountLookup.unavailable());
    hubspot.resetRequests();

    clock.advance(Duration.ofSeconds(60));
    assertThat(directory.lookUp("kim@acme.example").sourceUnavailable()).isTrue();
    hubspot.verify(0, anyRequestedFor(anyUrl()));

    clock.advance(Duration.ofSeconds(61));
    hubspot.stubFor(contactSearch("kim@acme.example").willReturn(noResults()));
    hubspot.stubFor(HubSpotStub.companySearchByDomain("acme.example").willReturn(noResults()));
    assertThat(directory.lookUp("kim@acme.example")).isEqualTo(AccountLookup.current(java.util.Optional.empty()));
  }

  @Test
  void aServerErrorWithNoValuesSeenIsUnavailableNotUnknown() {
    hubspot.stubFor(contactSearch("jo@acme.example").willReturn(aResponse().withStatus(503)));

    AccountLookup lookup = directory.lookUp("jo@acme.example");

    assertThat(lookup.account()).isEmpty();
    assertThat(lookup.sourceUnavailable()).isTrue();
  }

  @Test
  void theHealthScoresSeenMakeTheWeeksChange() {
    acmeKnowsJo();
    hubspot.stubFor(company("9001").willReturn(WireMock.okJson("""
        {"id": "9001", "properties": {"name": "Acme Corp", "health_score": "72"}}""")));
    long id = directory.findByRequesterEmail("jo@acme.example").orElseThrow().id();
    clock.advance(Duration.ofDays(6));
    hubspot.stubFor(company("9001").willReturn(acme("9001")));

    assertThat(directory.findById(id).orElseThrow().healthScore()).isEqualTo(58);
    AccountSignals signals = new AccountSignals(jdbc,
        new AccountsProperties(AccountsProperties.Source.HUBSPOT, TTL, Duration.ofSeconds(30), Duration.ofSeconds(5),
            null, null));
    assertThat(signals.healthChangeSince(id, clock.instant().minus(Duration.ofDays(7)))).contains(58 - 72);
  }

  @Test
  void aCsManagersLinkAttachesTheRequesterTheCrmDoesNotKnow() {
    acmeKnowsJo();
    long acme = directory.findByRequesterEmail("jo@acme.example").orElseThrow().id();
    hubspot.stubFor(contactSearch("private@gmail.com").willReturn(noResults()));
    assertThat(directory.findByRequesterEmail("private@gmail.com")).isEmpty();

    assertThat(directory.rememberContact("private@gmail.com", acme)).isTrue();

    assertThat(directory.findByRequesterEmail("private@gmail.com")).get().extracting(Account::id).isEqualTo(acme);
    assertThat(directory.rememberContact("private@gmail.com", 42)).isFalse();
  }
}
