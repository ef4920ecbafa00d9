package com.sentimenttriage.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.records.ScoredTicketFixtures;
import com.sentimenttriage.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly drift check through the process, the job executor, the database and GreenMail, on weeks of 2019 that
 * only this test writes tickets into (the baseline is the 4 weeks before each week, the minimum 50 tickets).
 */
class DriftMonitorTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  private ScoredTicketFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ScoredTicketFixtures(jdbc);
  }

  @Test
  void aShiftedWeekIsMailedToTheProcessAdminsWithWhatMoved() throws Exception {
    LocalDate week = LocalDate.of(2019, 3, 11);
    usualBaselineBefore(week);
    for (int i = 0; i < 60; i++) {
      fixtures.ticket().polarity(-0.9, "Urgent").topics("Churn threat").scored(day(week, i % 7)).insert();
    }

    check(week);

    List<MimeMessage> mails = driftMails();
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
        .containsExactly("admin@sentiment-triage.example");
    assertThat(mail.getSubject()).startsWith("[Drift] Large shift in polarity and topics in the week of 2019-03-11");
    String body = mail.getContent().toString();
    assertThat(body).contains("The 60 tickets of the week starting 2019-03-11 against the 80 tickets of the 4 "
        + "weeks before")
        .contains("Polarity distribution: PSI").contains("Topic distribution: PSI").contains("large shift")
        .contains("polarity -1.00 to -0.80: 0% of tickets in the baseline, 100.0% this week")
        .contains("Churn threat: 0% of tickets in the baseline, 100.0% this week");

    JsonNode stored = weekFromApi("2019-03-11");
    assertThat(stored.get("verdict").asText()).isEqualTo("LARGE");
    assertThat(stored.get("weekTickets").asInt()).isEqualTo(60);
    assertThat(stored.get("baselineTickets").asInt()).isEqualTo(80);
    assertThat(stored.get("polarityPsi").asDouble()).isGreaterThanOrEqualTo(0.25);
  }

  @Test
  void aWeekStartThatIsNoMondayIsRefusedWhenTheCheckIsStartedAndNothingRuns() throws Exception {
    long instancesBefore = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DriftMonitoringProcess.KEY).count();

    // A process admin starts the check through the engine's REST API, as a script or Tasklist's start does.
    var response = postJsonAs("admin", "admin", "/engine-rest/process-definition/key/" + DriftMonitoringProcess.KEY
        + "/start", """
        {"variables": {"driftWeek": {"value": "2019-03-13", "type": "String"}}}""");

    // The caller's mistake: 400 with the listener's message (Camunda's REST alone answers such a refusal with 500).
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("BadUserRequestException");
    assertThat(JSON.readTree(response.body()).get("message").asText())
        .contains("driftWeek").contains("2019-03-13 is a Wednesday").contains("Did you mean 2019-03-11?");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DriftMonitoringProcess.KEY).count()).as("no instance started").isEqualTo(instancesBefore);

    var notADate = postJsonAs("admin", "admin", "/engine-rest/process-definition/key/" + DriftMonitoringProcess.KEY
        + "/start", """
        {"variables": {"driftWeek": {"value": "last week", "type": "String"}}}""");
    assertThat(notADate.statusCode()).as(notADate.body()).isEqualTo(400);
    assertThat(JSON.readTree(notADate.body()).get("message").asText()).contains("'last week' is not a date");
  }

  @Test
  void aWeekLikeTheBaselineIsStableAndMailsNobody() throws Exception {
    LocalDate week = LocalDate.of(2019, 6, 10);
    usualBaselineBefore(week);
    for (int i = 0; i < 60; i++) {
      usualTicket(day(week, i % 7), i);
    }

    check(week);

    assertThat(driftMails()).isEmpty();
    JsonNode stored = weekFromApi("2019-06-10");
    assertThat(stored.get("verdict").asText()).isEqualTo("STABLE");
    assertThat(stored.get("polarityPsi").asDouble()).isLessThan(0.1);
    assertThat(stored.get("topicPsi").asDouble()).isLessThan(0.1);
  }

  @Test
  void tooFewTicketsGiveNoVerdictAndNoMail() throws Exception {
    LocalDate week = LocalDate.of(2019, 9, 9);
    usualBaselineBefore(week);
    for (int i = 0; i < 10; i++) {
      fixtures.ticket().polarity(-0.9, "Urgent").topics("Churn threat").scored(day(week, 1)).insert();
    }

    check(week);

    assertThat(driftMails()).isEmpty();
    JsonNode stored = weekFromApi("2019-09-09");
    assertThat(stored.get("verdict").asText()).isEqualTo("TOO_FEW_TICKETS");
    assertThat(stored.get("polarityPsi").isNull()).isTrue();
    assertThat(stored.get("report").asText()).contains("No verdict: at least 50 tickets are needed");
  }

  /** 4 weeks × 20 tickets: half mildly positive about billing, half neutral without a topic. */
  private void usualBaselineBefore(LocalDate week) {
    for (int i = 0; i < 80; i++) {
      usualTicket(day(week.minusWeeks(1 + i / 20), i % 7), i);
    }
  }

  private void usualTicket(java.time.Instant at, int i) {
    if (i % 2 == 0) {
      fixtures.ticket().polarity(0.5, "Positive").topics("Billing").scored(at).insert();
    } else {
      fixtures.ticket().polarity(0.1, "Neutral").scored(at).insert();
    }
  }

  private static java.time.Instant day(LocalDate monday, int plusDays) {
    return monday.plusDays(plusDays).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }

  private void check(LocalDate week) {
    String id = runtimeService.startProcessInstanceByKey(DriftMonitoringProcess.KEY,
        Map.of(DriftMonitoringProcess.Variables.DRIFT_WEEK.name(), week.toString())).getId();
    await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(id).finished().count() == 1);
  }

  private static List<MimeMessage> driftMails() throws Exception {
    List<MimeMessage> mails = new java.util.ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      if (message.getSubject().startsWith("[Drift]")) {
        mails.add(message);
      }
    }
    return mails;
  }

  private JsonNode weekFromApi(String weekStart) throws Exception {
    var response = getAs("supervisor", "supervisor", "/api/metrics/drift?weeks=104");
    assertThat(response.statusCode()).isEqualTo(200);
    for (JsonNode week : JSON.readTree(response.body()).get("weeks")) {
      if (week.get("weekStart").asText().equals(weekStart)) {
        return week;
      }
    }
    throw new AssertionError("no drift check of " + weekStart + " in " + response.body());
  }
}
