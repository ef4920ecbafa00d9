package com.sentimenttriage.dashboard;

import static com.sentimenttriage.intake.HelpdeskWebhookTestAccess.zendeskSignedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.records.ScoredTicketFixtures;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17, campaign attribution: a webhook's campaign tag reaches scored_ticket through triage, and the dashboard
 * shows negative volume and average sentiment per campaign (hand-computed: "a" has Negative −0.6, Urgent −0.9 and
 * Positive +0.6, so 3 tickets, 2 negative, average −0.3; "b" one Neutral +0.1).
 */
class CampaignDashboardTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  JdbcTemplate jdbc;

  private void scored(String campaign, String label, double polarity) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into scored_ticket (business_key, source, ticket_id, polarity, frustration, label, scored_at,
                                   ticket_created_at, campaign)
        values (?, 'fixture', ?, ?, 0, ?, ?, ?, ?)""", "fixture:" + id, id, polarity, label,
        Timestamp.from(Instant.now()), Timestamp.from(ScoredTicketFixtures.midweek(1)), campaign);
  }

  private JsonNode row(JsonNode rows, String campaign) {
    for (JsonNode row : rows) {
      if (campaign.equals(row.get("campaign").asText(null))) {
        return row;
      }
    }
    return null;
  }

  @Test
  void negativeVolumeAndAverageSentimentPerCampaign() throws Exception {
    String a = "spring-" + UUID.randomUUID();
    String b = "webinar-" + UUID.randomUUID();
    scored(a, "Negative", -0.6);
    scored(a, "Urgent", -0.9);
    scored(a, "Positive", 0.6);
    scored(b, "Neutral", 0.1);

    HttpResponse<String> response = getAs("supervisor", "supervisor", "/api/metrics/campaigns");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode rows = JSON.readTree(response.body());
    assertThat(row(rows, a).get("tickets").asInt()).isEqualTo(3);
    assertThat(row(rows, a).get("negative").asInt()).isEqualTo(2);
    assertThat(row(rows, a).get("averagePolarity").asDouble()).isCloseTo(-0.3, within(1e-9));
    assertThat(row(rows, b).get("tickets").asInt()).isEqualTo(1);
    assertThat(row(rows, b).get("negative").asInt()).isZero();
    assertThat(row(rows, b).get("averagePolarity").asDouble()).isCloseTo(0.1, within(1e-9));
    assertThat(getAs("supervisor", "supervisor", "/api/metrics/campaigns?weeks=0").statusCode()).isEqualTo(400);
  }

  @Test
  void aHelpdesksCampaignTagIsStoredWithTheScoredTicket() {
    String ticketId = "ZD-CMP-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode payload = com.sentimenttriage.intake.HelpdeskWebhookTestAccess.fixture("zendesk/ticket-created.json");
    payload.put("id", UUID.randomUUID().toString());
    ((ObjectNode) payload.get("detail")).put("id", ticketId);
    ((ArrayNode) payload.path("detail").path("tags")).add("campaign:launch-week");

    HttpResponse<String> response = send(zendeskSignedRequest(uri("/api/webhooks/zendesk"), payload));

    assertThat(response.statusCode()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
        "select campaign from scored_ticket where business_key = ?", String.class, "zendesk:" + ticketId)
        .contains("launch-week"));
  }
}
