package com.sentimenttriage.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.ThrowawayUsers;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coaching view over real HTTP on turns written straight into thread_turn, under a helpdesk name of this test's
 * own so other tests' turns do not count. "Tenley" replied in 10 threads between a customer message at +0.20 and
 * the next: 4 times the next was −0.30 (a change of −0.50, a worsening), 6 times +0.25 (+0.05, noise). By hand: 4 of
 * 10 worsened, average change (4 · −0.50 + 6 · 0.05)/10 = −0.17, Wilson 95 % for 4 of 10: centre
 * (0.4 + 0.1921)/1.3841 = 0.4278, half-width 1.4160 · √(0.024 + 0.0096) = 0.2596, so [0.1682, 0.6873].
 * "Nina" has 9 measured replies: below the default minimum sample of 10, so not shown.
 */
class CoachingViewTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identityService;

  private ThrowawayUsers users;
  private final String helpdesk = "coach" + UUID.randomUUID().toString().substring(0, 8);
  private final Instant start = Instant.now().minus(Duration.ofDays(2));
  private int minute;

  @BeforeEach
  void users() {
    users = new ThrowawayUsers(identityService);
  }

  @AfterEach
  void deleteUsers() {
    users.deleteAll();
  }

  private void turn(String ticket, String agent, String agentName, String text, Double polarity) {
    jdbc.update("""
        insert into thread_turn (delivery_key, source, ticket_id, author, agent_id, agent_name, masked_text,
                                 written_at, received_at, polarity)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), helpdesk, ticket,
        agent == null ? "CUSTOMER" : "AGENT", agent, agentName, text,
        Timestamp.from(start.plusSeconds(60L * minute++)), Timestamp.from(Instant.now()), polarity);
  }

  private void thread(String ticket, String agent, String agentName, double before, double after) {
    turn(ticket, null, null, "customer before", before);
    turn(ticket, agent, agentName, "agent reply", null);
    turn(ticket, null, null, "customer after", after);
  }

  private void constructedThreads() {
    for (int i = 0; i < 10; i++) {
      thread("T" + i, "ten", "Tenley Agent", 0.2, i < 4 ? -0.3 : 0.25);
    }
    for (int i = 0; i < 9; i++) {
      thread("N" + i, "nine", "Nina Agent", 0.2, -0.5);
    }
  }

  private JsonNode agent(JsonNode report, String id) {
    for (JsonNode agent : report.get("agents")) {
      if (agent.get("agent").asText().equals(helpdesk + ":" + id)) {
        return agent;
      }
    }
    return null;
  }

  @Test
  void agentsWithEnoughRepliesShowTheirWorseningsWithAWilsonIntervalAndTheOthersAreHidden() throws Exception {
    constructedThreads();

    HttpResponse<String> response = getAs("supervisor", "supervisor", "/api/coaching");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("minimumSample").asInt()).isEqualTo(10);
    JsonNode tenley = agent(report, "ten");
    assertThat(tenley).as(response.body()).isNotNull();
    assertThat(tenley.get("agentName").asText()).isEqualTo("Tenley Agent");
    assertThat(tenley.get("replies").asInt()).isEqualTo(10);
    assertThat(tenley.get("measured").asInt()).isEqualTo(10);
    assertThat(tenley.get("worsened").asInt()).isEqualTo(4);
    assertThat(tenley.get("improved").asInt()).isZero();
    assertThat(tenley.get("averageChange").asDouble()).isCloseTo(-0.17, within(1e-6));
    assertThat(tenley.get("worsenedShare").asDouble()).isCloseTo(0.4, within(1e-9));
    assertThat(tenley.get("interval").get("lower").asDouble()).isCloseTo(0.1682, within(5e-4));
    assertThat(tenley.get("interval").get("upper").asDouble()).isCloseTo(0.6873, within(5e-4));
    assertThat(agent(report, "nine")).isNull();
    assertThat(report.get("belowMinimumSample").asInt()).isPositive();

    HttpResponse<String> page = getAs("supervisor", "supervisor", "/coaching");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("A coaching aid, not a ranking.").contains("Tenley Agent")
        .doesNotContain("Nina Agent");
  }

  @Test
  void aCustomerTurnIsScoredOnceWhenTheViewFirstNeedsIt() {
    turn("S1", null, null, "This is terrible, I am furious and want a refund now.", null);

    assertThat(getAs("admin", "admin", "/api/coaching").statusCode()).isEqualTo(200);

    Double polarity = jdbc.queryForObject("select polarity from thread_turn where source = ? and ticket_id = 'S1'",
        Double.class, helpdesk);
    assertThat(polarity).isNotNull().isNegative();
  }

  @Test
  void onlySupervisorsAndProcessAdminsSeeTheCoachingView() {
    String camundaAdmin = users.create("cockpit-only", "pw", Groups.CAMUNDA_ADMIN);

    assertThat(get("/api/coaching").statusCode()).isEqualTo(401);
    assertThat(get("/coaching").statusCode()).isIn(302, 401);
    assertThat(getAs("manager", "manager", "/api/coaching").statusCode()).isEqualTo(403);
    assertThat(getAs("manager", "manager", "/coaching").statusCode()).isEqualTo(403);
    assertThat(getAs(camundaAdmin, "pw", "/api/coaching").statusCode()).isEqualTo(403);
    assertThat(getAs("supervisor", "supervisor", "/api/coaching").statusCode()).isEqualTo(200);
    assertThat(getAs("admin", "admin", "/api/coaching").statusCode()).isEqualTo(200);
    assertThat(getAs("supervisor", "supervisor", "/dashboard").body()).contains("href=\"/coaching\"");
    assertThat(getAs(camundaAdmin, "pw", "/dashboard").body()).doesNotContain("href=\"/coaching\"");
  }
}
