package com.sentimenttriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.rollout.Rollout;
import com.sentimenttriage.rollout.RolloutStage;
import com.sentimenttriage.rollout.StageChange;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's JSON endpoints over real HTTP, on tickets written at known times in past weeks (other tests'
 * tickets land in the current week, so the past weeks are this test's alone). Index 11 of the 12 weeks is the
 * current one.
 */
class DashboardApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUPERVISOR = "supervisor";

  @Autowired
  JdbcTemplate jdbc;

  /** The escalation gate's own trends (JdbcAccountTrends) and thresholds. */
  @Autowired
  AccountTrends trends;

  @Autowired
  TrendProperties thresholds;

  @Autowired
  Rollout rollout;

  private ScoredTicketFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ScoredTicketFixtures(jdbc);
  }

  @Test
  void theDashboardAndItsDataAreForSupervisorsAndAdmins() {
    assertThat(get("/api/metrics/summary").statusCode()).isEqualTo(401);
    assertThat(getAs("manager", "manager", "/api/metrics/summary").statusCode()).isEqualTo(403);
    assertThat(getAs(SUPERVISOR, SUPERVISOR, "/api/metrics/summary").statusCode()).isEqualTo(200);
    assertThat(getAs("admin", "admin", "/api/metrics/summary").statusCode()).isEqualTo(200);
    assertThat(get("/dashboard").statusCode()).isIn(302, 401);
    assertThat(getAs("manager", "manager", "/dashboard").statusCode()).isEqualTo(403);
  }

  @Test
  void theDashboardPageCarriesTheCsrfTokenAndTheChartLibraryFromItsWebJar() {
    HttpResponse<String> page = getAs(SUPERVISOR, SUPERVISOR, "/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<meta name=\"_csrf\" content=\"").contains("/webjars/chart.js/dist/chart.umd.js");
    HttpResponse<String> library = get("/webjars/chart.js/dist/chart.umd.js");
    assertThat(library.statusCode()).isEqualTo(200);
    assertThat(library.body()).contains("Chart.js v4");
  }

  @Test
  void averageSentimentIsPerWeek() throws Exception {
    fixtures.ticket().polarity(-0.5, "Negative").scored(ScoredTicketFixtures.midweek(5)).insert();
    fixtures.ticket().polarity(0.1, "Neutral").scored(ScoredTicketFixtures.midweek(5)).insert();

    JsonNode weeks = json("/api/metrics/sentiment-by-week");
    assertThat(weeks).hasSize(12);
    assertThat(weeks.get(6).get("averagePolarity").asDouble()).isEqualTo(-0.2);
    assertThat(weeks.get(6).get("tickets").asInt()).isEqualTo(2);
    assertThat(weeks.get(5).get("tickets").asInt()).isZero();
    assertThat(weeks.get(5).get("averagePolarity").isNull()).isTrue();
  }

  @Test
  void negativeTicketsAreCountedUnderEachOfTheirTopics() throws Exception {
    Instant week = ScoredTicketFixtures.midweek(6);
    fixtures.ticket().polarity(-0.6, "Negative").topics("Billing").scored(week).insert();
    fixtures.ticket().polarity(-0.9, "Urgent").topics("Billing, Data integrity").scored(week).insert();
    fixtures.ticket().polarity(0.5, "Positive").topics("Billing").scored(week).insert();

    JsonNode data = json("/api/metrics/negative-by-topic");
    assertThat(data.get("weeks")).hasSize(12);
    assertThat(countOf(data, "Billing", 5)).isEqualTo(2);
    assertThat(countOf(data, "Data integrity", 5)).isEqualTo(1);
  }

  @Test
  void responseTimeRunsFromTicketCreatedToReviewCompletedWithMedianAndP90() throws Exception {
    Instant created = ScoredTicketFixtures.midweek(4);
    for (int minutes : new int[] {10, 20, 60}) {
      fixtures.ticket().polarity(-0.7, "Negative").created(created).scored(created.plusSeconds(30))
          .reviewed("dismiss", created.plus(Duration.ofMinutes(minutes))).insert();
    }
    fixtures.ticket().polarity(0.7, "Positive").created(created).scored(created)
        .reviewed("dismiss", created.plus(Duration.ofDays(1))).insert();

    JsonNode week = json("/api/metrics/response-times").get(7);
    assertThat(week.get("tickets").asInt()).isEqualTo(3);
    assertThat(week.get("medianMinutes").asDouble()).isEqualTo(20.0);
    assertThat(week.get("p90Minutes").asDouble()).isEqualTo(60.0);
  }

  @Test
  void precisionIsConfirmedOverReviewedPerStageRollingOverFourWeeks() throws Exception {
    String stage = "stage-" + UUID.randomUUID().toString().substring(0, 8);
    Instant reviewed = ScoredTicketFixtures.midweek(8);
    fixtures.ticket().polarity(-0.8, "Urgent").stage(stage).scored(reviewed).reviewed("confirm", reviewed).insert();
    fixtures.ticket().polarity(-0.8, "Urgent").stage(stage).scored(reviewed).reviewed("confirm", reviewed).insert();
    fixtures.ticket().polarity(-0.8, "Urgent").stage(stage).scored(reviewed).reviewed("dismiss", reviewed).insert();

    JsonNode data = json("/api/metrics/precision");
    JsonNode points = null;
    for (JsonNode series : data.get("byStage")) {
      if (series.get("stage").asText().equals(stage)) {
        points = series.get("points");
      }
    }
    assertThat(points).as("series of %s", stage).isNotNull().hasSize(12);
    assertThat(points.get(2).get("precision").isNull()).isTrue();
    for (int index = 3; index <= 6; index++) {
      assertThat(points.get(index).get("reviewed").asInt()).isEqualTo(3);
      assertThat(points.get(index).get("precision").asDouble()).isEqualTo(0.667);
    }
    assertThat(points.get(7).get("reviewed").asInt()).as("out of the 4-week window").isZero();
    JsonNode queue = null;
    for (JsonNode q : data.get("byQueueAndStage")) {
      if (q.get("stage").asText().equals(stage)) {
        queue = q;
      }
    }
    assertThat(queue.get("falsePositiveRate").asDouble()).isEqualTo(0.333);
  }

  @Test
  void accountsGetTheirTicketsOf30DaysAsASparklineAndLinkToThem() throws Exception {
    long accountId = account("Fixture Trends");
    Instant twoDaysAgo = Instant.now().minus(2, ChronoUnit.DAYS);
    fixtures.ticket().account(accountId).polarity(-0.6, "Negative").scored(twoDaysAgo).insert();
    fixtures.ticket().account(accountId).polarity(-0.2, "Negative").scored(twoDaysAgo).insert();
    String newest = fixtures.ticket().account(accountId).polarity(0.4, "Positive").scored(Instant.now()).insert();
    // Older than the 30 days: neither counted nor drawn.
    fixtures.ticket().account(accountId).polarity(-0.9, "Urgent").scored(Instant.now().minus(Duration.ofDays(31)))
        .insert();

    JsonNode account = accountRow(accountId);
    assertThat(account.get("tickets").asInt()).isEqualTo(3);
    assertThat(account.get("negative").asInt()).isEqualTo(2);
    assertThat(account.get("dailyPolarity")).hasSize(30);
    assertThat(account.get("dailyPolarity").get(27).asDouble()).isEqualTo(-0.4);
    assertThat(account.get("dailyPolarity").get(26).isNull()).isTrue();
    assertThat(account.get("dailyPolarity").get(29).asDouble()).isEqualTo(0.4);
    assertThat(account.get("average30d").asDouble()).isEqualTo(Math.round((-0.6 - 0.2 + 0.4) / 3 * 1000) / 1000.0);

    JsonNode tickets = json("/api/metrics/accounts/" + accountId + "/tickets");
    assertThat(tickets).as("the latest tickets, older ones too").hasSize(4);
    assertThat(tickets.get(0).get("businessKey").asText()).isEqualTo(newest);
  }

  @Test
  void theDashboardShowsEachAccountTheLightTheEscalationGateComputesForIt() throws Exception {
    Instant now = Instant.now();
    double red = thresholds.redBelow() - 0.1;
    double yellow = (thresholds.redBelow() + thresholds.yellowBelow()) / 2;
    double green = thresholds.yellowBelow() + 0.3;
    // Inside the 30 days before the drop window (the baseline), outside the 30-day average.
    Instant beforeTheDropWindow = now.minus(Duration.ofDays(thresholds.dropWindowDays() + 29L));

    // Red this week, green in the baseline: the drop the gate names as a risk factor.
    long dropped = account("Fixture Dropped");
    fixtures.ticket().account(dropped).polarity(red, "Negative").scored(now.minus(Duration.ofDays(1))).insert();
    fixtures.ticket().account(dropped).polarity(green, "Positive").scored(beforeTheDropWindow).insert();
    // Nothing this week: the 30-day average decides; nothing in the baseline either.
    long quiet = account("Fixture Quiet");
    fixtures.ticket().account(quiet).polarity(yellow, "Neutral").scored(now.minus(Duration.ofDays(10))).insert();
    // Green then and now.
    long steady = account("Fixture Steady");
    fixtures.ticket().account(steady).polarity(green, "Positive").scored(now.minus(Duration.ofDays(3))).insert();
    fixtures.ticket().account(steady).polarity(green, "Positive").scored(beforeTheDropWindow).insert();

    JsonNode droppedRow = accountRow(dropped);
    assertThat(droppedRow.get("light").asText()).isEqualTo("red");
    assertThat(droppedRow.get("declining").asBoolean()).isTrue();
    assertThat(droppedRow.get("baseline").asText()).isEqualTo("green");
    assertThat(droppedRow.get("average7d").asDouble()).isCloseTo(red, within(0.0005));
    assertThat(droppedRow.get("tickets").asInt()).isEqualTo(1);
    assertThat(droppedRow.get("negative").asInt()).isEqualTo(1);
    assertThat(droppedRow.get("reason").asText()).contains("red below " + thresholds.redBelow())
        .endsWith("dropped from green within " + thresholds.dropWindowDays() + " days");

    JsonNode quietRow = accountRow(quiet);
    assertThat(quietRow.get("light").asText()).as("no ticket in 7 days: the 30-day average").isEqualTo("yellow");
    assertThat(quietRow.get("average7d").isNull()).isTrue();
    assertThat(quietRow.get("declining").asBoolean()).isFalse();
    assertThat(quietRow.get("baseline").asText()).isEqualTo("unknown");

    JsonNode steadyRow = accountRow(steady);
    assertThat(steadyRow.get("light").asText()).isEqualTo("green");
    assertThat(steadyRow.get("declining").asBoolean()).isFalse();
    assertThat(steadyRow.get("baseline").asText()).isEqualTo("green");

    // And all of it is what the gate reads for the account.
    for (long accountId : new long[] {dropped, quiet, steady}) {
      AccountTrend gate = trends.trendOf(accountId, null, Instant.now());
      JsonNode row = accountRow(accountId);
      assertThat(row.get("light").asText()).isEqualTo(gate.light().value());
      assertThat(row.get("declining").asBoolean()).isEqualTo(gate.declining());
      assertThat(row.get("baseline").asText()).isEqualTo(gate.baseline().value());
      assertThat(row.get("average30d").asDouble()).isEqualTo(gate.average30d());
      assertThat(row.get("reason").asText()).isEqualTo(gate.reason(thresholds));
    }
  }

  @Test
  void theStageHistoryIsRolloutsAuditTrail() throws Exception {
    String queue = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
    StageChange change = rollout.change(queue, RolloutStage.PROBATION, "admin", "Dashboard fixture");

    JsonNode entry = null;
    for (JsonNode c : json("/api/metrics/rollout-history")) {
      if (c.get("queue").asText().equals(queue)) {
        entry = c;
      }
    }
    assertThat(entry).as("%s in the stage history", queue).isNotNull();
    assertThat(entry.get("to").asText()).isEqualTo("PROBATION");
    assertThat(entry.get("from").asText()).isEqualTo(change.from().name());
    assertThat(entry.get("changedBy").asText()).isEqualTo("admin");
    assertThat(entry.get("reason").asText()).isEqualTo("Dashboard fixture");
    assertThat(json("/api/metrics/rollout-history")).hasSameSizeAs(rollout.history(null));
  }

  @Test
  void aWindowOutOfRangeIsAProblemDetail() throws Exception {
    HttpResponse<String> response = getAs(SUPERVISOR, SUPERVISOR, "/api/metrics/precision?weeks=0");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("Invalid window");
  }

  /** A new account of its own, so the test's tickets are the account's only ones. */
  private long account(String name) {
    long accountId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    jdbc.update("insert into account (id, name, plan, mrr) values (?, ?, 'Starter', 100)", accountId,
        name + " " + accountId);
    return accountId;
  }

  private JsonNode accountRow(long accountId) throws Exception {
    for (JsonNode row : json("/api/metrics/accounts")) {
      if (row.get("accountId").asLong() == accountId) {
        return row;
      }
    }
    throw new AssertionError("account " + accountId + " is not in the dashboard's table");
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = getAs(SUPERVISOR, SUPERVISOR, path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static int countOf(JsonNode data, String topic, int weekIndex) {
    for (JsonNode series : data.get("topics")) {
      if (series.get("topic").asText().equals(topic)) {
        return series.get("counts").get(weekIndex).asInt();
      }
    }
    return 0;
  }
}
