package com.sentimenttriage.accounts.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.sentimenttriage.accounts.crm.HubSpotStub.associations;
import static com.sentimenttriage.accounts.crm.HubSpotStub.company;
import static com.sentimenttriage.accounts.crm.HubSpotStub.contactFound;
import static com.sentimenttriage.accounts.crm.HubSpotStub.contactSearch;
import static com.sentimenttriage.accounts.crm.HubSpotStub.dana;
import static com.sentimenttriage.accounts.crm.HubSpotStub.owner;
import static com.sentimenttriage.accounts.crm.HubSpotStub.primaryCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.Tickets;
import com.sentimenttriage.triage.TicketTriageProcess;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import com.sentimenttriage.support.ContextOfItsOwn;

/**
 * The application with {@code triage.accounts.source=hubspot} against HubSpot's stub, through real HTTP: webhook in,
 * review task and alert out. Each test has its own company, so no cooldown of the other applies.
 */
class HubSpotAccountsEndToEndTest extends IntegrationTest {

  private static final String ENGINE = "hubspotcrm";
  private static final String ENGINE_REST = ContextOfItsOwn.engineRest(ENGINE);

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static WireMockExtension hubspot = HubSpotStub.server();

  @DynamicPropertySource
  static void hubspotAsTheSource(DynamicPropertyRegistry registry) {
    ContextOfItsOwn.register(registry, ENGINE);
    registry.add("triage.accounts.source", () -> "hubspot");
    registry.add("triage.accounts.hubspot.api-url", hubspot::baseUrl);
    registry.add("triage.accounts.hubspot.access-token", () -> HubSpotStub.TOKEN);
  }

  @Autowired
  HistoryService historyService;

  @Autowired
  CrmAccountDirectory directory;

  /** A HubSpot company with a contact, renewing in four weeks, health 58, owned by Dana. */
  private void companyWithContact(String companyId, String name, String contactId, String email) {
    hubspot.stubFor(contactSearch(email).willReturn(contactFound(contactId, email)));
    hubspot.stubFor(associations(contactId).willReturn(primaryCompany(companyId)));
    hubspot.stubFor(company(companyId).willReturn(okJson("""
        {"id": "%s", "properties": {"name": "%s", "mrr": "4200", "renewal_date": "%s", "health_score": "58",
          "plan": "Enterprise", "hubspot_owner_id": "77"}}""".formatted(companyId, name,
        LocalDate.now().plusDays(28)))));
    hubspot.stubFor(owner("77").willReturn(dana()));
  }

  @Autowired
  DataSource dataSource;

  /**
   * Another engine on the same database would run this engine's jobs with its own beans: on PostgreSQL the shared
   * context's job executor once looked up an outage ticket in the demo directory, and the review said "Unattached".
   */
  @Test
  void theEngineRunsOnADatabaseOfItsOwn() throws Exception {
    String url;
    try (Connection connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
    }
    Optional<String> own = ContextOfItsOwn.databaseUrl(ENGINE);
    if (own.isPresent()) {
      assertThat(url).isEqualTo(own.get());
    } else {
      assertThat(url).startsWith("jdbc:h2:mem:triage-");
    }
  }

  @Test
  void theReviewShowsTheCrmValuesAndTheAccountsSecondTicketIsServedFromTheCache() throws Exception {
    companyWithContact("7101", "Initech CRM", "8101", "bill@initech-crm.example");

    String first = postTicket("CRM-1", Tickets.CHURN_THREAT, "bill@initech-crm.example");
    JsonNode review = formVariables(reviewTaskOf(first));
    assertThat(review.at("/accountName/value").asText()).isEqualTo("Initech CRM");
    assertThat(review.at("/mrr/value").asDouble()).isEqualTo(4200.0);
    assertThat(review.at("/healthScore/value").asInt()).isEqualTo(58);
    assertThat(review.at("/csOwnerName/value").asText()).isEqualTo("Dana Scully");
    assertThat(review.at("/accountStale/value").asBoolean()).isFalse();

    String second = postTicket("CRM-2", Tickets.QUESTION, "bill@initech-crm.example");
    awaitLookUp(second);

    hubspot.verify(1, postRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts/search")));
    hubspot.verify(1, getRequestedFor(urlPathEqualTo("/crm/v3/objects/companies/7101")));
  }

  @Test
  void duringACrmOutageTheLastValuesSeenReachTheReviewAndTheAlertMarkedStale() throws Exception {
    companyWithContact("7102", "Hooli CRM", "8102", "gavin@hooli-crm.example");
    awaitLookUp(postTicket("CRM-3", Tickets.QUESTION, "gavin@hooli-crm.example"));
    directory.evictCache();
    hubspot.stubFor(contactSearch("gavin@hooli-crm.example").willReturn(aResponse().withStatus(503)));

    String outage = postTicket("CRM-4", Tickets.CHURN_THREAT, "gavin@hooli-crm.example");
    String task = reviewTaskOf(outage);
    JsonNode review = formVariables(task);
    assertThat(review.at("/accountName/value").asText()).isEqualTo("Hooli CRM");
    assertThat(review.at("/healthScore/value").asInt()).isEqualTo(58);
    assertThat(review.at("/accountStale/value").asBoolean()).isTrue();
    assertThat(review.at("/accountSeenAt/value").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ");
    assertThat(getAs("supervisor", "supervisor", ENGINE_REST + "/task/" + task + "/deployed-form").body())
        .contains("\"accountSeenAt\"", "STALE");

    assertThat(postJsonAs("supervisor", "supervisor", ENGINE_REST + "/task/" + task + "/complete",
        "{\"variables\": {\"reviewDecision\": {\"value\": \"confirm\"}}}").statusCode()).isEqualTo(204);
    assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("dana@vendor.example");
    assertThat(GreenMailUtil.getBody(mail)).contains("Health: 58/100").contains("stale: CRM unavailable");
  }

  private String postTicket(String ticketId, String text, String requester) throws Exception {
    HttpResponse<String> accepted = postJson("/api/webhooks/generic", """
        {"ticketId": "%s", "subject": "Ticket %s", "body": "%s", "requesterEmail": "%s", "channel": "email"}"""
        .formatted(ticketId, ticketId, text, requester));
    assertThat(accepted.statusCode()).isEqualTo(202);
    return JSON.readTree(accepted.body()).get("processInstanceId").asText();
  }

  private void awaitLookUp(String instanceId) {
    await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId).activityId(TicketTriageProcess.Elements.LOOK_UP_ACCOUNT).finished()
        .count() == 1);
  }

  private String reviewTaskOf(String instanceId) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> tasksOf(instanceId), tasks -> tasks.size() == 1)
        .get(0).get("id").asText();
  }

  private JsonNode formVariables(String taskId) throws Exception {
    return JSON.readTree(getAs("supervisor", "supervisor", ENGINE_REST + "/task/" + taskId + "/form-variables").body());
  }

  private List<JsonNode> tasksOf(String instanceId) throws Exception {
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(getAs("supervisor", "supervisor", ENGINE_REST + "/task?processInstanceId=" + instanceId).body())
        .forEach(tasks::add);
    return tasks;
  }
}
