package com.sentimenttriage.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sentimenttriage.intake.signature.GenericSignatureVerifier;
import com.sentimenttriage.alerting.digest.CsDigests;
import com.sentimenttriage.followthrough.FollowThroughs;
import com.sentimenttriage.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The survey webhook over real HTTP, signed as in production (the test profile verifies it with its own secret):
 * what it refuses, what it accepts, that a retry starts nothing, and one response all the way to the CS owner's
 * mail.
 */
class SurveyWebhookTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/webhooks/survey";
  /** application-test.yaml's triage.webhooks.survey.secret. */
  private static final String SECRET = "test-survey-secret";

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  CsDigests digests;
  @Autowired
  FollowThroughs followThroughs;

  private long instances() {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SurveyCommentTriageProcess.KEY).count();
  }

  private long responses() {
    return jdbc.queryForObject("select count(*) from survey_response", Long.class);
  }

  private HttpResponse<String> postSigned(String body, String secret, Instant signedAt) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    long seconds = signedAt.getEpochSecond();
    return send(HttpRequest.newBuilder(uri(PATH))
        .header("Content-Type", "application/json")
        .header(GenericSignatureVerifier.SIGNATURE, GenericSignatureVerifier.sign(secret, seconds, bytes))
        .header(GenericSignatureVerifier.TIMESTAMP, String.valueOf(seconds))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  private HttpResponse<String> postSigned(String body) {
    return postSigned(body, SECRET, Instant.now());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON            | {\"responseId\": \"S-1\", \"score\": | Unreadable survey response",
      "missing responseId        | {\"score\": 3, \"comment\": \"Slow support\"} | Invalid survey response",
      "responseId of em spaces   | {\"responseId\": \"\u2003\", \"score\": 3, \"comment\": \"Slow support\"} | Invalid survey response",
      "missing score             | {\"responseId\": \"S-2\", \"comment\": \"Slow support\"} | Invalid survey response",
      "NPS score above 10        | {\"responseId\": \"S-3\", \"score\": 11, \"comment\": \"Slow support\"} | Invalid survey response",
      "NPS score below 0         | {\"responseId\": \"S-4\", \"score\": -1, \"comment\": \"Slow support\"} | Invalid survey response",
      "CSAT score 0              | {\"responseId\": \"S-5\", \"scale\": \"CSAT\", \"score\": 0, \"comment\": \"Slow support\"} | Invalid survey response",
      "CSAT score 6              | {\"responseId\": \"S-6\", \"scale\": \"csat\", \"score\": 6, \"comment\": \"Slow support\"} | Invalid survey response",
      "score not whole           | {\"responseId\": \"S-7\", \"score\": 7.5, \"comment\": \"Slow support\"} | Invalid survey response",
      "score is not a number     | {\"responseId\": \"S-8\", \"score\": \"seven\", \"comment\": \"Slow support\"} | Unreadable survey response",
      "unknown scale             | {\"responseId\": \"S-9\", \"scale\": \"stars\", \"score\": 3, \"comment\": \"Slow support\"} | Invalid survey response",
      "blank comment             | {\"responseId\": \"S-10\", \"score\": 3, \"comment\": \"  \"} | Invalid survey response",
      "comment of HTML only      | {\"responseId\": \"S-11\", \"score\": 3, \"comment\": \"<p> </p>\"} | Invalid survey response",
      "submittedAt is not a date | {\"responseId\": \"S-12\", \"score\": 3, \"comment\": \"Slow\", \"submittedAt\": \"yesterday\"} | Unreadable survey response",
  })
  void refusesBadInputWithAProblemDetailAndStartsNothing(String name, String body, String title) throws Exception {
    long instancesBefore = instances();
    long responsesBefore = responses();

    HttpResponse<String> response = postSigned(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo(title);
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(instances()).isEqualTo(instancesBefore);
    assertThat(responses()).isEqualTo(responsesBefore);
  }

  @Test
  void namesTheRangeOfTheScale() throws Exception {
    HttpResponse<String> response = postSigned(
        "{\"responseId\": \"S-20\", \"scale\": \"CSAT\", \"score\": 7, \"comment\": \"Slow support\"}");
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo("score is a whole number 1-5 on the CSAT scale");
  }

  @Test
  void refusesUnsignedForgedAndReplayedDeliveries() {
    String body = "{\"responseId\": \"S-30\", \"score\": 2, \"comment\": \"Nobody answers my tickets.\"}";
    long instancesBefore = instances();

    HttpResponse<String> unsigned = postJson(PATH, body);
    HttpResponse<String> genericSecret = postSigned(body, "test-generic-secret", Instant.now());
    HttpResponse<String> replayed = postSigned(body, SECRET, Instant.now().minus(Duration.ofMinutes(6)));

    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(genericSecret.statusCode()).isEqualTo(401);
    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void masksTheCommentBeforeItIsStoredAndAnswersARetryWithTheSameInstance() throws Exception {
    String body = """
        {"responseId": "S-40", "surveyId": "Q4-relationship", "score": 8,
         "comment": "Fine overall. Write to me at jane.doe@acme.example or call +1 415 555 0142.",
         "respondentEmail": "jane.doe@acme.example", "submittedAt": "2026-11-20T10:15:00Z"}""";

    HttpResponse<String> first = postSigned(body);
    HttpResponse<String> second = postSigned(body);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(second.statusCode()).isEqualTo(200);
    JsonNode original = JSON.readTree(first.body());
    JsonNode repeated = JSON.readTree(second.body());
    String instanceId = original.get("processInstanceId").asText();
    assertThat(repeated.get("processInstanceId").asText()).isEqualTo(instanceId);
    assertThat(original.get("businessKey").asText()).isEqualTo("survey:S-40");
    assertThat(repeated.get("duplicate").asBoolean()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from survey_response where response_id = 'S-40'", Long.class))
        .isEqualTo(1);
    String stored = historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(SurveyCommentTriageProcess.Variables.COMMENT.name()).singleResult().getValue().toString();
    assertThat(stored).startsWith("Fine overall.").doesNotContain("jane.doe@acme.example").doesNotContain("555");
  }

  /** Acme Corp (demo data) pays 4,200 a month; its CS owner is Dana Whitfield. */
  @Test
  void aPayingAccountsFrustratedDetractorReachesTheCsOwnerByMail() throws Exception {
    HttpResponse<String> accepted = postSigned("""
        {"responseId": "S-50", "surveyId": "Q4-relationship", "score": 1,
         "comment": "I have asked three times and still no answer. This is unacceptable: the export has been broken since the update and we are reconsidering our renewal.",
         "respondentEmail": "ops@acme.example", "submittedAt": "2026-11-20T10:15:00Z"}""");

    String instanceId = endedAt(accepted, SurveyCommentTriageProcess.Elements.CS_OWNER_ALERTED);

    assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("dana.whitfield@cs.sentiment-triage.example");
    assertThat(mail.getSubject()).contains("Acme Corp");
    assertThat(GreenMailUtil.getBody(mail)).contains("S-50")
        .contains("Detractor with a frustrated comment from a paying account");
    // The follow-through starts on its own job, after the alert's transaction.
    await().atMost(Duration.ofSeconds(30)).until(() -> followThroughs.openTaskFor(instanceId).isPresent());
    assertThat(followThroughs.openTaskFor(instanceId).orElseThrow().getName())
        .as("the task the mail's \"Your task\" link opens").contains("Acme Corp");
  }

  /** A calm detractor of Acme Corp is not worth an alert: its comment is on Dana Whitfield's weekly digest. */
  @Test
  void aDigestMarkedCommentIsOnItsCsOwnersWeeklyDigest() throws Exception {
    HttpResponse<String> accepted = postSigned("""
        {"responseId": "S-60", "surveyId": "Q4-relationship", "score": 5,
         "comment": "Onboarding took a while, but the team answered our questions.",
         "respondentEmail": "ops@acme.example", "submittedAt": "2026-11-20T10:15:00Z"}""");

    String instanceId = endedAt(accepted, SurveyCommentTriageProcess.Elements.COMMENT_LEFT_FOR_DIGEST);

    digests.sendWeekly("survey-digest-test-" + instanceId);

    assertThat(Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> recipient(mail).equals("dana.whitfield@cs.sentiment-triage.example"))
        .map(GreenMailUtil::getBody))
        .as("Dana Whitfield's weekly digest")
        .anySatisfy(body -> assertThat(body).contains("Acme Corp").contains("S-60"));
  }

  /** The instance a 202 started, once it has ended, after checking it ended at {@code endEvent}. */
  private String endedAt(HttpResponse<String> accepted, String endEvent) throws Exception {
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String instanceId = JSON.readTree(accepted.body()).get("processInstanceId").asText();
    await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).finished().count() == 1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(endEvent).count()).isEqualTo(1);
    return instanceId;
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
