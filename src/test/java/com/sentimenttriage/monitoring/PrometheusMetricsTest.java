package com.sentimenttriage.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.records.ScoredTicketFixtures;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Prometheus scrapes /actuator/prometheus without credentials and sees the triage figures move. */
class PrometheusMetricsTest extends IntegrationTest {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ScoredTicketStore store;

  @Test
  void prometheusIsPublicButTheRestOfActuatorStaysForAdmins() {
    HttpResponse<String> scrape = get("/actuator/prometheus");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("triage_tickets_received_total")
        .contains("triage_decisions_total{action=\"ALERT\"")
        .contains("triage_alerts_sent_total")
        .contains("triage_alerts_failing")
        .contains("triage_review_queue_size");
    assertThat(get("/actuator/metrics").statusCode()).isIn(401, 404);
    assertThat(getAs("supervisor", "supervisor", "/actuator/env").statusCode()).isEqualTo(403);
  }

  @Test
  void scoringAndReviewingMoveTheCounters() {
    double scoredBefore = value("triage_tickets_scored_total");
    double alertDecisionsBefore = value("triage_decisions_total\\{action=\"ALERT\"[^}]*}");
    double reviewsBefore = value("triage_review_latency_seconds_count\\{decision=\"dismiss\"[^}]*}");

    Instant scored = Instant.now().minusSeconds(600);
    String key = new ScoredTicketFixtures(jdbc).ticket().escalated().scored(scored).insert();
    store.recordReview(key, "dismiss", null, scored.plusSeconds(300));

    assertThat(value("triage_tickets_scored_total")).isEqualTo(scoredBefore + 1);
    assertThat(value("triage_decisions_total\\{action=\"ALERT\"[^}]*}")).isEqualTo(alertDecisionsBefore + 1);
    assertThat(value("triage_review_latency_seconds_count\\{decision=\"dismiss\"[^}]*}"))
        .isEqualTo(reviewsBefore + 1);
  }

  /** The sample's value, or 0 when the series does not exist yet. */
  private double value(String series) {
    Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(get("/actuator/prometheus").body());
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
