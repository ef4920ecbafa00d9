package com.sentimenttriage.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.records.ScoreFlags;
import com.sentimenttriage.records.ScoredTicketFixtures;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flagging a past score as wrong over REST: the flag is stored as a label; bad input changes nothing. */
class ScoreFlagApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ScoreFlags flags;

  @Test
  void aSupervisorFlagsAMissedEscalationAndItIsStoredAsALabel() throws Exception {
    String key = new ScoredTicketFixtures(jdbc).ticket().polarity(-0.3, "Negative").insert();

    HttpResponse<String> response = postJsonAs("supervisor", "supervisor", "/api/feedback/flags",
        "{\"businessKey\": \"" + key + "\", \"shouldEscalate\": true, \"correctTopic\": \"Billing\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(response.body()).get("shouldEscalate").asBoolean()).isTrue();
    assertThat(jdbc.queryForMap("select should_escalate, correct_topic, flagged_by from score_flag "
        + "where business_key = ?", key))
        .containsEntry("SHOULD_ESCALATE", true).containsEntry("CORRECT_TOPIC", "Billing")
        .containsEntry("FLAGGED_BY", "supervisor");
  }

  @Test
  void badFlagsAreProblemDetailsAndStoreNothing() throws Exception {
    int before = flags.count();
    HttpResponse<String> unknown = postJsonAs("supervisor", "supervisor", "/api/feedback/flags",
        "{\"businessKey\": \"generic:NOPE\", \"shouldEscalate\": false}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).get("title").asText()).isEqualTo("Unknown ticket");

    HttpResponse<String> missing = postJsonAs("supervisor", "supervisor", "/api/feedback/flags",
        "{\"businessKey\": \"generic:NOPE\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

    assertThat(postJsonAs("supervisor", "supervisor", "/api/feedback/flags", "not json").statusCode())
        .isEqualTo(400);
    // Anonymous: refused by CSRF protection (403) or the login (401), either way before the controller.
    assertThat(post("/api/feedback/flags", "{}", "application/json").statusCode()).isIn(401, 403);
    assertThat(flags.count()).isEqualTo(before);
  }
}
