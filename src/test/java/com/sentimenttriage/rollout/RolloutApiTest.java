package com.sentimenttriage.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.records.LabelledExample;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.WebSession;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage changes over real HTTP: who may change a stage (app API and engine REST API), what is audited, what bad
 * input gets, and the demotion e-mail through a real SMTP server. Each test uses its own queue; none uses "churn",
 * where TriageEndToEndTest's ticket goes and must still be reviewed.
 */
class RolloutApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  Rollout rollout;

  @Autowired
  LabelledExamples examples;

  /** The Spring context is shared: later test classes expect every queue in the demo default, ASSISTIVE. */
  @AfterEach
  void restoreTheDefaultStages() {
    for (String queue : List.of("security", "churn", "billing", "social", "general")) {
      if (rollout.stageOf(queue).stage() != RolloutStage.ASSISTIVE) {
        rollout.change(queue, RolloutStage.ASSISTIVE, "test-cleanup", "restore the demo default");
      }
    }
  }

  @Test
  void theRolloutPageHasTheDashboardsLookAndOffersStageChangesToProcessAdminsOnly() {
    WebSession supervisor = new WebSession(this::uri);
    supervisor.signInToDashboard("supervisor", "supervisor");
    HttpResponse<String> page = supervisor.open("/rollout");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/dashboard-assets/dashboard.css").contains("<a href=\"/dashboard\"")
        .contains("<meta name=\"_csrf\"").doesNotContain("id=\"stage-change\"")
        .contains("data-graduation-precision=\"0.9\"");

    WebSession admin = new WebSession(this::uri);
    admin.signInToDashboard("admin", "admin");
    assertThat(admin.open("/rollout").body()).contains("id=\"stage-change\"");
    assertThat(admin.open("/rollout/index.html").statusCode()).as("the old address").isEqualTo(302);
  }

  @Test
  void aStageChangeFromThePageNeedsTheSessionsCsrfTokenAndAProcessAdmin() throws Exception {
    String body = "{\"stage\": \"PROBATION\", \"reason\": \"Changed on the rollout page\"}";
    WebSession admin = new WebSession(this::uri);
    admin.signInToDashboard("admin", "admin");

    assertThat(admin.postJson("/api/rollout/queues/billing/stage", body, java.util.Map.of()).statusCode())
        .as("no CSRF token").isEqualTo(403);
    assertThat(rollout.stageOf("billing").stage()).isEqualTo(RolloutStage.ASSISTIVE);

    WebSession supervisor = new WebSession(this::uri);
    supervisor.signInToDashboard("supervisor", "supervisor");
    assertThat(supervisor.postJson("/api/rollout/queues/billing/stage", body, supervisor.csrfHeader("/rollout"))
        .statusCode()).as("a supervisor, with the token").isEqualTo(403);
    assertThat(rollout.stageOf("billing").stage()).isEqualTo(RolloutStage.ASSISTIVE);

    HttpResponse<String> changed = admin.postJson("/api/rollout/queues/billing/stage", body,
        admin.csrfHeader("/rollout"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(rollout.stageOf("billing").stage()).isEqualTo(RolloutStage.PROBATION);
    assertThat(rollout.history("billing").get(0).changedBy()).isEqualTo("admin");

    HttpResponse<String> again = admin.postJson("/api/rollout/queues/billing/stage", body,
        admin.csrfHeader("/rollout"));
    assertThat(again.statusCode()).as("the API's rules: no change to the same stage").isEqualTo(409);
    assertThat(JSON.readTree(again.body()).get("detail").asText()).isEqualTo("Queue billing is already in stage PROBATION");
  }

  @Test
  void aSupervisorMayReadTheRolloutButNotChangeAStage() throws Exception {
    HttpResponse<String> queues = getAs("supervisor", "supervisor", "/api/rollout/queues");
    assertThat(queues.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(queues.body()).findValuesAsText("queue"))
        .containsExactly("security", "churn", "billing", "social", "general");

    HttpResponse<String> refused = postJsonAs("supervisor", "supervisor", "/api/rollout/queues/general/stage",
        "{\"stage\": \"AUTOMATED\", \"reason\": \"I trust it\"}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(rollout.stageOf("general").stage()).isEqualTo(RolloutStage.ASSISTIVE);
    assertThat(rollout.history("general")).isEmpty();
  }

  @Test
  void aSupervisorCannotStartTheStageChangeProcessThroughTheEngineRestApiButAnAdminCan() throws Exception {
    String start = "/engine-rest/process-definition/key/" + RolloutStageChangeProcess.KEY + "/start";
    String body = """
        {"variables": {"rolloutQueue": {"value": "security"}, "newRolloutStage": {"value": "PROBATION"},
                       "stageChangeReason": {"value": "Two weeks of clean reviews"}}}""";

    assertThat(postJsonAs("supervisor", "supervisor", start, body).statusCode()).isEqualTo(403);
    assertThat(rollout.stageOf("security").stage()).isEqualTo(RolloutStage.ASSISTIVE);

    HttpResponse<String> started = postJsonAs("admin", "admin", start, body);
    assertThat(started.statusCode()).isEqualTo(200);
    assertThat(rollout.stageOf("security").stage()).isEqualTo(RolloutStage.PROBATION);
    assertThat(rollout.history("security")).first().satisfies(change -> {
      assertThat(change.changedBy()).isEqualTo("admin");
      assertThat(change.reason()).isEqualTo("Two weeks of clean reviews");
    });
  }

  @Test
  void aProcessAdminChangesAStageAndTheAuditTrailNamesThemWithThePrecisionAtThatTime() throws Exception {
    Instant before = Instant.now();
    for (boolean correct : new boolean[] {true, true, true, false}) {
      examples.record(example("social", correct));
    }

    HttpResponse<String> changed = postJsonAs("admin", "admin", "/api/rollout/queues/social/stage",
        "{\"stage\": \"probation\", \"reason\": \"Reviews look good\"}");

    assertThat(changed.statusCode()).isEqualTo(200);
    JsonNode change = JSON.readTree(changed.body());
    assertThat(change.get("changedBy").asText()).isEqualTo("admin");
    assertThat(change.get("from").asText()).isEqualTo("ASSISTIVE");
    assertThat(change.get("to").asText()).isEqualTo("PROBATION");
    assertThat(change.get("precision").asDouble()).isEqualTo(0.75);
    assertThat(change.get("judged").asInt()).isEqualTo(4);

    JsonNode history = JSON.readTree(getAs("supervisor", "supervisor", "/api/rollout/queues/social/history").body());
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("reason").asText()).isEqualTo("Reviews look good");
    assertThat(Instant.parse(history.get(0).get("changedAt").asText())).isAfterOrEqualTo(before.minusSeconds(1));
    JsonNode queue = JSON.readTree(getAs("admin", "admin", "/api/rollout/queues/social").body());
    assertThat(queue.get("stage").asText()).isEqualTo("PROBATION");
    assertThat(queue.get("judged").asInt()).as("a new stage is measured afresh").isZero();
  }

  @Test
  void theRolloutDashboardPageIsServedToSignedInUsersOnly() {
    assertThat(get("/rollout").statusCode()).isIn(302, 401);
    HttpResponse<String> page = getAs("supervisor", "supervisor", "/rollout");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/rollout/rollout.js").contains("Stage history");
    assertThat(getAs("supervisor", "supervisor", "/rollout/rollout.js").body()).contains("/api/rollout/history");
  }

  @Test
  void badInputGetsAProblemDetailAndChangesNothing() {
    assertProblem(postJsonAs("admin", "admin", "/api/rollout/queues/nowhere/stage",
        "{\"stage\": \"PROBATION\", \"reason\": \"x\"}"), 404);
    assertProblem(postJsonAs("admin", "admin", "/api/rollout/queues/general/stage",
        "{\"stage\": \"TURBO\", \"reason\": \"x\"}"), 400);
    assertProblem(postJsonAs("admin", "admin", "/api/rollout/queues/general/stage",
        "{\"stage\": \"PROBATION\", \"reason\": \"  \"}"), 400);
    assertProblem(postJsonAs("admin", "admin", "/api/rollout/queues/general/stage",
        "{\"stage\": \"ASSISTIVE\", \"reason\": \"again\"}"), 409);
    assertProblem(postJsonAs("admin", "admin", "/api/rollout/queues/general/stage", "not json"), 400);

    assertThat(rollout.stageOf("general").stage()).isEqualTo(RolloutStage.ASSISTIVE);
    assertThat(rollout.history("general")).isEmpty();
  }

  @Test
  void aDemotionByThePolicyIsAuditedAndMailedToTheProcessAdmins() throws Exception {
    rollout.change("billing", RolloutStage.PROBATION, "admin", "Scenario: trust billing");
    for (int i = 0; i < 10; i++) {
      examples.record(example("billing", i % 3 != 0));
    }

    assertThat(rollout.afterJudgement("billing")).isPresent();

    assertThat(rollout.stageOf("billing").stage()).isEqualTo(RolloutStage.ASSISTIVE);
    StageChange demotion = rollout.history("billing").get(0);
    assertThat(demotion.changedBy()).isEqualTo(StageChange.SYSTEM);
    assertThat(demotion.precision()).isEqualTo(0.6);
    assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> subject(m).contains("[Rollout] Queue billing")).findFirst().orElseThrow();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("admin@sentiment-triage.example");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("0.60").contains("0.80");
  }

  /** Issue 16: a graduation to AUTOMATED is announced to the process admins, as a demotion is. */
  @Test
  void aGraduationToAutomatedIsMailedToTheProcessAdminsLikeADemotion() throws Exception {
    rollout.change("graduation-test", RolloutStage.PROBATION, "admin", "Scenario: trust the queue");
    for (int i = 0; i < 50; i++) {
      examples.record(example("graduation-test", true));
    }

    assertThat(rollout.afterJudgement("graduation-test")).isPresent();

    assertThat(rollout.stageOf("graduation-test").stage()).isEqualTo(RolloutStage.AUTOMATED);
    assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> subject(m).contains("[Rollout] Queue graduation-test")).findFirst().orElseThrow();
    assertThat(subject(mail)).isEqualTo("[Rollout] Queue graduation-test graduated from PROBATION to AUTOMATED");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("admin@sentiment-triage.example");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("1.00")
        .contains("without a supervisor's review");
  }

  private static LabelledExample example(String queue, boolean correct) {
    return new LabelledExample("api-test:" + queue, "synthetic", queue, Kind.AUDIT,
        correct ? ReviewDecision.CONFIRM : ReviewDecision.DISMISS, "Urgent", null, "Billing", null, null, null,
        Instant.now());
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }
}
