package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess.Elements;
import com.sentimenttriage.triage.TriageVariables;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer writes again on a ticket whose instance has ended, while an alert for the account is cooling down:
 * the webhook answers 202, so the message must be scored and attached to the open alert, as many times as the
 * customer writes, and also when two messages arrive at once. Through the real webhook, job executor and database
 * (H2, and PostgreSQL in its run). The accounts (Golden Dental, Keystone Health) are used by no other test of the
 * shared context, so no other ticket's cooldown applies.
 */
class FollowUpInCooldownTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String ANGRY = "I have asked three times and still no answer. This is unacceptable: the export "
      + "has been broken since the update and we are reconsidering our renewal.";

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void everyFollowUpOnAnEndedTicketIsScoredAndAttachedToItsCoolingAlert() throws Exception {
    String alert = accepted(ticket("FUP-1", null, "it@golden-dental.example"));
    Task review = await().atMost(PATIENCE).until(() -> taskService.createTaskQuery().processInstanceId(alert)
        .singleResult(), task -> task != null);
    Map<String, Object> dismissed = new HashMap<>();
    TriageVariables.REVIEW_DECISION.putInto(dismissed, "dismiss");
    taskService.complete(review.getId(), dismissed);
    assertEndedWithoutIncident(alert);

    String firstReply = accepted(ticket("FUP-1", "reply-1", "it@golden-dental.example"));
    assertEndedWithoutIncident(firstReply);
    String secondReply = accepted(ticket("FUP-1", "reply-2", "it@golden-dental.example"));
    assertEndedWithoutIncident(secondReply);

    assertThat(List.of(alert, firstReply, secondReply)).doesNotHaveDuplicates();
    assertThat(jdbc.queryForObject("select process_instance_id from scored_ticket where business_key = ?",
        String.class, "generic:FUP-1")).as("the latest message is the ticket's score").isEqualTo(secondReply);
    assertThat(attachments("generic:FUP-1"))
        .as("each reply's instance is attached to the alert of the ticket's first message")
        .containsExactlyInAnyOrderEntriesOf(Map.of(firstReply, alert, secondReply, alert));
  }

  @Test
  void twoFollowUpsRacingOnAnAttachedTicketAreBothScoredAndAttached() throws Exception {
    String alert = accepted(ticket("FUR-1", null, "it@keystone-health.example"));
    await().atMost(PATIENCE).until(() -> taskService.createTaskQuery().processInstanceId(alert).count() == 1);
    String attached = accepted(ticket("FUR-2", null, "ops@keystone-health.example"));
    assertEndedWithoutIncident(attached);

    List<JsonNode> replies = sendAtOnce(ticket("FUR-2", "reply-a", "ops@keystone-health.example"),
        ticket("FUR-2", "reply-b", "ops@keystone-health.example"));

    Map<String, String> attachments = new HashMap<>();
    for (JsonNode reply : replies) {
      String instance = reply.get("processInstanceId").asText();
      assertEndedWithoutIncident(instance);
      if (reply.get("correlated").asBoolean()) {
        assertThat(ran(instance, Elements.RESCORE_TICKET)).as("a reply handed to a running instance is re-scored")
            .isPositive();
      } else {
        assertThat(ran(instance, Elements.RECORD_SCORE)).as("a reply that started an instance is scored")
            .isEqualTo(1);
      }
      attachments.put(instance, alert);
    }
    attachments.put(attached, alert);
    assertThat(attachments("generic:FUR-2")).as("every instance of the ticket is attached to the one alert")
        .containsExactlyInAnyOrderEntriesOf(attachments);
    assertThat(jdbc.queryForObject("select process_instance_id from scored_ticket where business_key = ?",
        String.class, "generic:FUR-2")).isIn(attachments.keySet()).isNotEqualTo(attached);
  }

  private static String ticket(String ticketId, String eventId, String requester) {
    return """
        {"ticketId": "%s", %s"subject": "Export broken again", "body": "%s", "requesterEmail": "%s",
         "channel": "email"}""".formatted(ticketId, eventId == null ? "" : "\"eventId\": \"" + eventId + "\", ",
        ANGRY, requester);
  }

  private String accepted(String json) throws Exception {
    HttpResponse<String> response = postJson("/api/webhooks/generic", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("processInstanceId").asText();
  }

  /** Posts the deliveries on threads of their own, released together, and returns the webhook's answers. */
  private List<JsonNode> sendAtOnce(String... deliveries) throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(deliveries.length);
    CyclicBarrier start = new CyclicBarrier(deliveries.length);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (String delivery : deliveries) {
        sent.add(senders.submit((Callable<HttpResponse<String>>) () -> {
          start.await();
          return postJson("/api/webhooks/generic", delivery);
        }));
      }
      List<JsonNode> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> response : sent) {
        assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(202);
        answers.add(JSON.readTree(response.get().body()));
      }
      return answers;
    } finally {
      senders.shutdownNow();
    }
  }

  /** Waits until the instance has ended or is stuck in an incident, and fails in the second case with its cause. */
  private void assertEndedWithoutIncident(String instance) {
    await().atMost(PATIENCE).until(() -> ended(instance) || !incidents(instance).isEmpty());
    assertThat(incidents(instance)).as("incidents of " + instance).isEmpty();
  }

  private boolean ended(String instance) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
  }

  private List<String> incidents(String instance) {
    return runtimeService.createIncidentQuery().processInstanceId(instance).list().stream()
        .map(Incident::getIncidentMessage).toList();
  }

  private long ran(String instance, String activity) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(activity)
        .finished().count();
  }

  /** The ticket's attachments: the attaching instance to the alert's instance. */
  private Map<String, String> attachments(String businessKey) {
    Map<String, String> attachments = new HashMap<>();
    jdbc.query("select process_instance_id, alert_process_instance_id from alert_attachment where business_key = ?",
        row -> {
          attachments.put(row.getString(1), row.getString(2));
        }, businessKey);
    return attachments;
  }
}
