package com.sentimenttriage.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.records.ScoredTicketFixtures;
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
  void weeksHoldTheTicketsWrittenInThemSoABackfillLandsInItsOwnWeeks() throws Exception {
    Instant written = ScoredTicketFixtures.midweek(10);
    int before = json("/api/metrics/sentiment-by-week").get(1).get("tickets").asInt();

    // Backfilled today: scored now, written ten weeks ago.
    fixtures.ticket().polarity(-0.4, "Negative").created(written).scored(Instant.now()).insert();

    JsonNode weeks = json("/api/metrics/sentiment-by-week");
    assertThat(weeks.get(1).get("week").asText()).isEqualTo(written.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(2).toString());
    assertThat(weeks.get(1).get("tickets").asInt()).as("the week it was written").isEqualTo(before + 1);
  }

  @Test
  void precisionCountsReviewsAndAuditsPerStageRollingOverFourWeeks() throws Exception {
    String queue = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
    Instant judged = ScoredTicketFixtures.midweek(8);
    JsonNode before = assistive(json("/api/metrics/precision"));
    fixtures.ticket().queue(queue).polarity(-0.8, "Urgent").scored(judged).reviewed("confirm", judged).insert();
    fixtures.ticket().queue(queue).polarity(-0.8, "Urgent").scored(judged).reviewed("dismiss", judged).insert();
    fixtures.ticket().queue(queue).polarity(-0.8, "Urgent").scored(judged).audited(true, judged).insert();

    JsonNode after = assistive(json("/api/metrics/precision"));
    assertThat(after).as("a queue nobody moved is in the default stage, ASSISTIVE").isNotNull().hasSize(12);
    for (int index = 3; index <= 6; index++) {
      assertThat(judged(after, index) - judged(before, index)).as("week %d", index).isEqualTo(3);
      assertThat(correct(after, index) - correct(before, index)).as("week %d", index).isEqualTo(2);
    }
    assertThat(judged(after, 2) - judged(before, 2)).as("before the judgements").isZero();
    assertThat(judged(after, 7) - judged(before, 7)).as("out of the 4-week window").isZero();
    JsonNode own = queueRow(json("/api/metrics/precision"), queue, "ASSISTIVE");
    assertThat(own.get("judged").asInt()).isEqualTo(3);
    assertThat(own.get("precision").asDouble()).isEqualTo(0.667);
    assertThat(own.get("falsePositiveRate").asDouble()).isEqualTo(0.333);
  }

  @Test
  void theSummaryCountsAuditsAsJudgementsLikeReviews() throws Exception {
    JsonNode before = json("/api/metrics/summary").get("summary");
    Instant now = Instant.now();
    fixtures.ticket().polarity(-0.8, "Urgent").reviewed("confirm", now).insert();
    fixtures.ticket().polarity(-0.8, "Urgent").audited(true, now).insert();
    fixtures.ticket().polarity(-0.8, "Urgent").audited(false, now).insert();

    JsonNode after = json("/api/metrics/summary").get("summary");
    assertThat(after.get("judged").asInt() - before.get("judged").asInt()).isEqualTo(3);
    assertThat(after.get("correct").asInt() - before.get("correct").asInt()).isEqualTo(2);
    assertThat(after.get("audits").asInt() - before.get("audits").asInt()).isEqualTo(2);
    assertThat(after.get("reviews").asInt() - before.get("reviews").asInt()).isEqualTo(1);
  }

  /**
   * A queue in probation is demoted by the rollout policy on its audits; the dashboard shows the very precision the
   * demotion was decided on, for that queue and stage, and the summary's figure is computed the same way.
   */
  @Test
  void theDashboardsPrecisionIsTheOneThatDemotedTheQueue() throws Exception {
    String queue = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.ticket().queue(queue).polarity(-0.8, "Urgent").reviewed("dismiss", Instant.now()).insert();
    StageChange probation = rollout.change(queue, RolloutStage.PROBATION, "admin", "Dashboard fixture");
    JsonNode summaryBefore = json("/api/metrics/summary").get("summary");
    for (int i = 1; i <= 10; i++) {
      // After the change to probation (microseconds apart, as the database keeps them), before the demotion.
      fixtures.ticket().queue(queue).polarity(-0.8, "Urgent")
          .audited(i <= 7, probation.changedAt().plusNanos(i * 1000L)).insert();
    }
    StageChange demotion = rollout.afterJudgement(queue).orElseThrow();
    assertThat(demotion.to()).isEqualTo(RolloutStage.ASSISTIVE);

    JsonNode data = json("/api/metrics/precision");
    JsonNode inProbation = queueRow(data, queue, "PROBATION");
    assertThat(inProbation.get("judged").asInt()).isEqualTo(demotion.judged()).isEqualTo(10);
    assertThat(inProbation.get("precision").asDouble()).isEqualTo(demotion.precision()).isEqualTo(0.7);
    assertThat(queueRow(data, queue, "ASSISTIVE").get("judged").asInt()).as("the review before probation")
        .isEqualTo(1);
    JsonNode change = null;
    for (JsonNode c : json("/api/metrics/rollout-history")) {
      if (c.get("queue").asText().equals(queue) && c.get("to").asText().equals("ASSISTIVE")) {
        change = c;
      }
    }
    assertThat(change.get("precision").asDouble()).isEqualTo(0.7);
    assertThat(change.get("judged").asInt()).isEqualTo(10);
    JsonNode summaryAfter = json("/api/metrics/summary").get("summary");
    assertThat(summaryAfter.get("judged").asInt() - summaryBefore.get("judged").asInt()).isEqualTo(10);
    assertThat(summaryAfter.get("correct").asInt() - summaryBefore.get("correct").asInt()).isEqualTo(7);
  }

  @Test
  void aPassiveQueuesHitsAreNotEscalationsForNobodyReceivedThem() throws Exception {
    JsonNode before = json("/api/metrics/summary").get("summary");
    long accountId = account("Fixture Passive");
    fixtures.ticket().account(accountId).stage("PASSIVE").polarity(-0.9, "Urgent").escalated().insert();
    fixtures.ticket().account(accountId).stage("ASSISTIVE").polarity(-0.9, "Urgent").escalated().insert();

    JsonNode after = json("/api/metrics/summary").get("summary");
    assertThat(after.get("escalated").asInt() - before.get("escalated").asInt()).isEqualTo(1);
    assertThat(after.get("passiveHits").asInt() - before.get("passiveHits").asInt()).isEqualTo(1);
    JsonNode tickets = json("/api/metrics/accounts/" + accountId + "/tickets");
    assertThat(tickets.findValuesAsText("outcome")).containsExactlyInAnyOrder(
        "Would have escalated (passive queue: nobody notified)", "Escalated");
  }

  @Test
  void anAccountsTicketsCarryTheirSubjectAndLinksToTheHelpdeskAndCockpit() throws Exception {
    long accountId = account("Fixture Subjects");
    Instant written = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
    fixtures.ticket().account(accountId).from("zendesk", "4711").created(written)
        .text("Export broken again.\nThe CSV export fails since Monday, please call [PHONE].")
        .polarity(-0.6, "Negative").insert();

    JsonNode ticket = json("/api/metrics/accounts/" + accountId + "/tickets").get(0);
    assertThat(ticket.get("subject").asText()).isEqualTo("Export broken again");
    assertThat(ticket.get("ticketUrl").asText()).isEqualTo("https://example.zendesk.com/agent/tickets/4711");
    assertThat(ticket.get("instanceUrl").asText()).endsWith("/camunda/app/cockpit/default/#/process-instance/"
        + ScoredTicketFixtures.INSTANCE);
    assertThat(Instant.parse(ticket.get("createdAt").asText())).isEqualTo(written);
    assertThat(ticket.get("helpdeskActions").isNull()).as("nothing written back yet").isTrue();
  }

  @Test
  void anAccountsTicketShowsWhatTheWriteBackDidInTheHelpdesk() throws Exception {
    long accountId = account("Fixture Helpdesk Actions");
    String ticketId = "WB-" + UUID.randomUUID();
    fixtures.ticket().account(accountId).from("zendesk", ticketId).polarity(-0.8, "Urgent").insert();
    jdbc.update("""
        insert into helpdesk_write_back (source, ticket_id, fingerprint, label, frustration, severity, escalated,
                                         actions, writes, written_at)
        values ('zendesk', ?, 'f', 'Urgent', 90, 'Critical', true, 'priority=urgent; group=senior-support', 1, ?)""",
        ticketId, java.sql.Timestamp.from(Instant.now()));
    try {
      JsonNode ticket = json("/api/metrics/accounts/" + accountId + "/tickets").get(0);
      assertThat(ticket.get("helpdeskActions").asText()).isEqualTo("priority=urgent; group=senior-support");
    } finally {
      jdbc.update("delete from helpdesk_write_back where ticket_id = ?", ticketId);
    }
  }

  @Test
  void onlyProcessAdminsAreToldToStartTheProcessesOnlyTheyMayStart() {
    String supervisorsPage = getAs(SUPERVISOR, SUPERVISOR, "/dashboard").body();
    assertThat(supervisorsPage).doesNotContain("start \"Drift monitoring\"")
        .doesNotContain("start \"Monthly recall audit\"").doesNotContain("start it from Tasklist");
    String adminsPage = getAs("admin", "admin", "/dashboard").body();
    assertThat(adminsPage).contains("start \"Drift monitoring\"").contains("start \"Monthly recall audit\"");
  }

  @Test
  void theDashboardLinksToTheRolloutPage() {
    assertThat(getAs(SUPERVISOR, SUPERVISOR, "/dashboard").body()).contains("<a href=\"/rollout\"");
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
    assertThat(account.get("name").asText()).isEqualTo("Fixture Trends " + accountId);
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
  void ticketsOfAnAccountNoLongerInTheTablesAreNotListed() throws Exception {
    long deleted = account("Fixture Deleted");
    fixtures.ticket().account(deleted).polarity(-0.6, "Negative").scored(Instant.now()).insert();
    jdbc.update("delete from account where id = ?", deleted);

    for (JsonNode row : json("/api/metrics/accounts")) {
      assertThat(row.get("accountId").asLong()).isNotEqualTo(deleted);
    }
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

  private static JsonNode assistive(JsonNode precision) {
    for (JsonNode series : precision.get("byStage")) {
      if (series.get("stage").asText().equals("ASSISTIVE")) {
        return series.get("points");
      }
    }
    return null;
  }

  private static int judged(JsonNode points, int index) {
    return points == null ? 0 : points.get(index).get("judged").asInt();
  }

  private static int correct(JsonNode points, int index) {
    return points == null ? 0 : points.get(index).get("correct").asInt();
  }

  private static JsonNode queueRow(JsonNode precision, String queue, String stage) {
    for (JsonNode row : precision.get("byQueueAndStage")) {
      if (row.get("queue").asText().equals(queue) && row.get("stage").asText().equals(stage)) {
        return row;
      }
    }
    throw new AssertionError(queue + " in " + stage + " is not in " + precision.get("byQueueAndStage"));
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
