package com.sentimenttriage.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.alerting.MailParts;
import com.sentimenttriage.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loop after the alert through the real entry points: webhook, engine REST API as the supervisor, the alert
 * e-mail with its link to the owner's own task, the owner's task in the engine REST API (who else may see it:
 * {@link FollowThroughAuthorizationTest}), the reminder and the escalation e-mails as their timers come due, the
 * owner's completion, the outcome on record. Its account (Meridian Energy BV, owner Hiro Tanaka, manager Priya
 * Natarajan) is used by no other test of the shared context.
 */
class FollowThroughEndToEndTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HIRO = "hiro.tanaka@cs.sentiment-triage.example";
  private static final String PRIYA = "priya.natarajan@cs.sentiment-triage.example";

  @Autowired
  ManagementService managementService;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theOwnerActsOnTheAlertInTheirOwnTaskAndTheOutcomeIsRecorded() throws Exception {
    HttpResponse<String> accepted = postJson("/api/webhooks/generic", """
        {"ticketId": "FT-1", "subject": "Export broken again",
         "body": "I have asked three times and still no answer. This is unacceptable: the export has been broken since the update and we are reconsidering our renewal.",
         "requesterEmail": "finance@meridian-energy.example", "createdAt": "2026-11-20T10:15:00Z", "channel": "email"}""");
    assertThat(accepted.statusCode()).isEqualTo(202);
    String alertInstanceId = JSON.readTree(accepted.body()).get("processInstanceId").asText();

    String reviewTaskId = await().atMost(Duration.ofSeconds(30)).until(
        () -> tasks("supervisor", "processInstanceId=" + alertInstanceId), tasks -> tasks.size() == 1)
        .get(0).get("id").asText();
    assertThat(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + reviewTaskId + "/complete",
        "{\"variables\": {\"reviewDecision\": {\"value\": \"confirm\"}}}").statusCode()).isEqualTo(204);

    // The alert links to the owner's own task.
    MimeMessage alert = mail(HIRO, "[Critical] Meridian Energy BV");
    String followThroughLink = "/follow-through/" + alertInstanceId;
    assertThat(MailParts.part(alert, "text/plain")).contains("Your task (playbook, outcome): http://")
        .contains(followThroughLink);
    assertThat(MailParts.part(alert, "text/html")).contains("href=\"http://localhost:8080" + followThroughLink);

    String followThroughQuery = "processDefinitionKey=" + CsFollowThroughProcess.KEY
        + "&processInstanceBusinessKey=" + CsFollowThroughProcess.businessKey(alertInstanceId);
    JsonNode task = await().atMost(Duration.ofSeconds(30)).until(() -> tasks("hiro", followThroughQuery),
        tasks -> tasks.size() == 1).get(0);
    assertThat(task.get("name").asText())
        .isEqualTo("Act on at-risk account — Meridian Energy BV: Export broken again (Critical)");
    assertThat(task.get("due").asText()).isNotEmpty();
    String taskId = task.get("id").asText();

    // Who else may see, read or complete it: FollowThroughAuthorizationTest. The link leads each to their own.
    HttpResponse<String> link = getAs("hiro", "hiro", followThroughLink);
    assertThat(link.statusCode()).isEqualTo(303);
    assertThat(link.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/tasklist/default/#/?task=" + taskId));
    assertThat(getAs("dana", "dana", followThroughLink).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/camunda/app/tasklist/default/"));

    JsonNode shown = JSON.readTree(getAs("hiro", "hiro", "/engine-rest/task/" + taskId + "/form-variables").body());
    assertThat(shown.at("/playbookSteps/value").asText()).startsWith("1. Acknowledge the customer's message");
    assertThat(shown.at("/alertContent/value").asText()).startsWith("[Critical] Meridian Energy BV");

    // The playbook step comes due: the owner is reminded. A period later the CS manager hears of it.
    comesDue(BoundaryEventOf.PLAYBOOK_STEP_DUE, task.get("processInstanceId").asText());
    MimeMessage reminder = mail(HIRO, "Reminder: " + task.get("name").asText());
    assertThat((String) reminder.getContent()).contains("/camunda/app/tasklist/default/#/?task=" + taskId);
    comesDue(BoundaryEventOf.STILL_OPEN, task.get("processInstanceId").asText());
    MimeMessage escalation = mail(PRIYA, "[Still open] " + task.get("name").asText());
    assertThat((String) escalation.getContent()).contains("Hiro Tanaka");

    JsonNode before = measures();
    assertThat(before.at("/ticketToAlert/count").asInt()).isPositive();
    assertThat(before.at("/ticketToAlert/empty").isNull()).isTrue();
    assertThat(before.at("/escalationRate/reached").asInt()).isPositive();

    // The owner's completion goes through the engine REST API, held to the form.
    assertThat(postJsonAs("hiro", "hiro", "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"followThroughOutcome\": {\"value\": \"resolved\"}, \"csOwnerUserId\": {\"value\": \"dana\"}}}")
        .statusCode()).isEqualTo(400);
    assertThat(postJsonAs("hiro", "hiro", "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"followThroughOutcome\": {\"value\": \"call-booked\"}, "
            + "\"outcomeNote\": {\"value\": \"Call on Tuesday with their ops lead\"}}}").statusCode()).isEqualTo(204);

    Map<String, Object> outcome = jdbc.queryForMap("select outcome, recorded_by, false_positive_hint, business_key, "
        + "account_id, note from follow_through_outcome where alert_process_instance_id = ?", alertInstanceId);
    assertThat(outcome).containsEntry("outcome", "call-booked").containsEntry("recorded_by", "hiro")
        .containsEntry("false_positive_hint", false).containsEntry("business_key", "generic:FT-1")
        .containsEntry("account_id", 25L).containsEntry("note", "Call on Tuesday with their ops lead");
    Map<String, Object> followThrough = jdbc.queryForMap("select reminded_at, escalated_at, first_outcome_at, "
        + "closed_at from cs_follow_through where alert_process_instance_id = ?", alertInstanceId);
    assertThat(followThrough.values()).doesNotContainNull();
    assertThat(jdbc.queryForList("select account_id from open_follow_through where account_id = 25")).isEmpty();

    // The measures count the acknowledgement and the action.
    JsonNode after = measures();
    assertThat(after.at("/alertToAcknowledgement/count").asInt())
        .isEqualTo(before.at("/alertToAcknowledgement/count").asInt() + 1);
    assertThat(actedOn(after, "Critical")).isEqualTo(actedOn(before, "Critical") + 1);
    assertThat(after.at("/outcomes").findValuesAsText("outcome")).contains("call-booked");
  }

  private enum BoundaryEventOf {
    PLAYBOOK_STEP_DUE(CsFollowThroughProcess.Elements.PLAYBOOK_STEP_DUE),
    STILL_OPEN(CsFollowThroughProcess.Elements.STILL_OPEN);

    private final String activityId;

    BoundaryEventOf(String activityId) {
      this.activityId = activityId;
    }
  }

  /** Fires a timer now by moving its due date, so the job executor runs it as it would at the due time. */
  private void comesDue(BoundaryEventOf timer, String followThroughInstanceId) {
    Job job = managementService.createJobQuery().processInstanceId(followThroughInstanceId).timers()
        .activityId(timer.activityId).singleResult();
    managementService.setJobDuedate(job.getId(), new Date());
  }

  /** The mail to the recipient (a copy to another recipient carries the same To) whose subject starts so. */
  private MimeMessage mail(String recipient, String subject) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> sentTo(mail, recipient) && subjectOf(mail).startsWith(subject)).toList(),
        mails -> !mails.isEmpty()).get(0);
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean sentTo(MimeMessage mail, String recipient) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(recipient));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode measures() throws Exception {
    HttpResponse<String> response = getAs("supervisor", "supervisor", "/api/metrics/follow-through");
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static int actedOn(JsonNode measures, String severity) {
    for (JsonNode rate : measures.get("actionRateBySeverity")) {
      if (rate.get("group").asText().equals(severity)) {
        return rate.get("actedOn").asInt();
      }
    }
    return 0;
  }

  private List<JsonNode> tasks(String user, String query) throws Exception {
    HttpResponse<String> response = getAs(user, user, "/engine-rest/task?" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    return List.copyOf(JSON.readTree(response.body()).findParents("id"));
  }
}
