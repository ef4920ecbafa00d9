package com.sentimenttriage.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.records.ScoredTicketFixtures;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loop end to end: supervisors' verdicts are stored, a process admin asks for a retraining, the new model beats
 * the rules and is promoted, and the next ticket like the dismissed ones is scored less urgent, saying why.
 */
class LearningLoopTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHATTER = "Please update the invoice address of our billing contact. "
      + "Unacceptable, nobody answers!";
  private static final String OUTAGE = "The production export is down and we lose data every hour. Unacceptable!";

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  FeedbackModels models;

  @Autowired
  SentimentScorer scorer;

  @Autowired
  HistoryService historyService;

  private final List<String> fixtureKeys = new ArrayList<>();

  /** A promoted model would change every later test's tickets: this test's models and examples go again. */
  @AfterEach
  void forgetThisTestsModelsAndExamples() {
    jdbc.update("delete from feedback_model where trained_at >= ?", java.sql.Timestamp.from(startedAt));
    jdbc.update("delete from feedback_topic_model where trained_at >= ?", java.sql.Timestamp.from(startedAt));
    fixtureKeys.forEach(key -> {
      jdbc.update("delete from labelled_example where business_key = ?", key);
      jdbc.update("delete from scored_ticket where business_key = ?", key);
    });
  }

  private final Instant startedAt = Instant.now().minusSeconds(1);

  @Test
  void onlyProcessAdminsRetrainAndSeeModels() {
    assertThat(postJsonAs("supervisor", "supervisor", "/api/feedback/models/retrain", "{}").statusCode())
        .isEqualTo(403);
    assertThat(getAs("supervisor", "supervisor", "/api/feedback/models").statusCode()).isEqualTo(403);
    assertThat(getAs("admin", "admin", "/api/feedback/models").statusCode()).isEqualTo(200);
  }

  @Test
  void reviewsTrainAModelThatBeatsTheRulesAndCorrectsTheNextTicket() throws Exception {
    ScoredTicketFixtures fixtures = new ScoredTicketFixtures(jdbc);
    // 160 reviews: about a fifth is held out, by a hash of the key, and promotion needs 20 held-out examples (80
    // reviews held out 15 to 17, and the model, right on all of them, was not promoted).
    for (int i = 0; i < 160; i++) {
      boolean chatter = i % 2 == 0;
      fixtureKeys.add(fixtures.ticket().text(chatter ? CHATTER : OUTAGE)
          .reviewed(chatter ? "dismiss" : "confirm", Instant.now()).insert());
    }

    HttpResponse<String> started = postJsonAs("admin", "admin", "/api/feedback/models/retrain", "{}");
    assertThat(started.statusCode()).isEqualTo(202);
    // Both models are trained, each in its own job: wait for the run to end, so that neither is stored after this
    // test's clean-up.
    String trainingId = JSON.readTree(started.body()).get("processInstanceId").asText();
    await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(trainingId).finished().count() == 1);
    FeedbackModels.StoredModel model = models.all().stream().filter(m -> m.trainedAt().isAfter(startedAt))
        .findFirst().orElseThrow();
    assertThat(model.promoted()).isTrue();
    // Other tests' reviewed tickets in the shared database are labels too.
    assertThat(model.labelledExamples()).isGreaterThanOrEqualTo(160);
    assertThat(model.modelAccuracy()).isGreaterThan(model.rulesAccuracy());

    String subject = "Invoice address";
    String body = "Please update the invoice address of our billing contact. This is unacceptable, I asked three "
        + "times and nobody answers!";
    int rulesOnly = scorer.score(subject + ".\n" + body).frustration();
    String ticketId = "LEARN-" + UUID.randomUUID();
    String instanceId = JSON.readTree(postJson("/api/webhooks/generic", """
        {"ticketId": "%s", "subject": "%s", "body": "%s", "requesterEmail": "ops@acme.example", "channel": "email"}"""
        .formatted(ticketId, subject, body)).body()).get("processInstanceId").asText();
    fixtureKeys.add("generic:" + ticketId);

    Map<String, Object> stored = await().atMost(Duration.ofSeconds(60)).until(
        () -> jdbc.queryForList("select frustration, model_version from scored_ticket where process_instance_id = ?",
            instanceId).stream().findFirst().orElse(null), row -> row != null);
    assertThat(((Number) stored.get("model_version")).intValue()).isEqualTo(model.version());
    assertThat(((Number) stored.get("frustration")).intValue()).isLessThan(rulesOnly);
    // What the model learned from, counted by kind: this test's reviews and other tests' labels in the database.
    String learnedFrom = models.active().orElseThrow().learnedFrom();
    assertThat(learnedFrom).containsPattern("^\\d+ reviews");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("scoreExplanation").singleResult().getValue().toString())
        .contains("learned from this team's labels: frustration " + rulesOnly + " → " + stored.get("frustration")
            + " (urgency model v" + model.version() + ", from " + learnedFrom);
  }
}
