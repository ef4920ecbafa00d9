package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.engine.SimpleFeelEngineFactory;
import com.sentimenttriage.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole path a ticket takes, through the real entry points: webhook, engine REST API, SMTP. Its account
 * (Umbrella Health) is used by no other test of the shared context, so no other ticket's cooldown applies.
 */
class TriageEndToEndTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  HistoryService historyService;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theDecisionTablesRunOnTheFeelEngineThatParsesOnce() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory()).isInstanceOf(SimpleFeelEngineFactory.class);
  }

  @Test
  void aConfirmedEscalationReachesTheCsOwnerByMail() throws Exception {
    HttpResponse<String> accepted = postJson("/api/webhooks/generic", """
        {"ticketId": "E2E-1", "subject": "Export broken again",
         "body": "I have asked three times and still no answer. This is unacceptable: the export has been broken since the update and we are reconsidering our renewal. Call me on +1 415 555 0142.",
         "requesterEmail": "admin@umbrella-health.example", "createdAt": "2026-11-20T10:15:00Z", "channel": "email"}""");

    assertThat(accepted.statusCode()).isEqualTo(202);
    String instanceId = JSON.readTree(accepted.body()).get("processInstanceId").asText();
    assertThat(instanceId).isNotBlank();

    String taskId = await().atMost(Duration.ofSeconds(30)).until(
        () -> tasksOf(instanceId), tasks -> tasks.size() == 1).get(0).get("id").asText();

    HttpResponse<String> form = getAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("\"reviewDecision\"");
    JsonNode variables = JSON.readTree(
        getAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/form-variables").body());
    assertThat(variables.at("/accountName/value").asText()).isEqualTo("Umbrella Health");
    assertThat(variables.at("/ticketText/value").asText()).contains("[PHONE]").doesNotContain("555");

    HttpResponse<String> completed = postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId
        + "/complete", "{\"variables\": {\"reviewDecision\": {\"value\": \"confirm\"}}}");
    assertThat(completed.statusCode()).isEqualTo(204);

    assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sofia.alvarez@cs.sentiment-triage.example");
    assertThat(mail.getSubject()).contains("Umbrella Health").contains("Export broken again");
    String content = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
    assertThat(content).contains("E2E-1").contains("Umbrella Health");

    await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).finished().count() == 1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(TicketTriageProcess.Elements.CS_OWNER_ALERTED).count()).isEqualTo(1);
    // The steps around the gate's table leave no activity rows (TriageHistory); "Decide escalation" does.
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains(TicketTriageProcess.Elements.DECIDE_ESCALATION, TicketTriageProcess.Elements.RECORD_SCORE)
        .doesNotContain(TicketTriageProcess.Elements.CHECK_ACCOUNT_CONTEXT,
            TicketTriageProcess.Elements.CLAIM_ALERT_COOLDOWN, TicketTriageProcess.Elements.WEIGH_ESCALATION);

    // History keeps which rules fired, with their inputs and outputs, and the variables that are on record
    // nowhere else, but no row per variable update (TriageHistory): the supervisor's answer is there, as a
    // variable; the scores are in scored_ticket and the gate's inputs, not copied into the variables' history.
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("reviewDecision").singleResult().getValue()).isEqualTo("confirm");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(TriageVariables.SCORE_EXPLANATION.name()).singleResult().getValue().toString())
        .contains("unacceptable");
    java.util.Set<String> kept = new java.util.HashSet<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list()
        .forEach(variable -> kept.add(variable.getName()));
    assertThat(kept).doesNotContain("frustration", "accountName", "csOwnerEmail", "escalationAction")
        .contains("ticketText", "riskFactors", "priority", "rolloutStage");
    // Nor the templated steps' copies of their inputs ("text" is the score step's copy of the ticket text).
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("text").count()).isZero();
    HistoricDecisionInstance gate = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(instanceId).decisionDefinitionKey(TicketTriageProcess.GATE_DECISION_KEY)
        .includeInputs().includeOutputs().list().get(0);
    java.util.Map<String, Object> inputs = new java.util.HashMap<>();
    gate.getInputs().forEach(input -> inputs.put(input.getClauseName(), input.getValue()));
    assertThat(inputs).containsKey("Frustration (0-100)").containsEntry("Plan", "Enterprise");
    assertThat(gate.getOutputs()).extracting(output -> output.getVariableName()).contains("action", "severity");
    assertThat(jdbc.queryForMap("select frustration, escalation_action, queue, stage from scored_ticket "
        + "where business_key = ?", "generic:E2E-1")).containsEntry("escalation_action", "ALERT")
        .containsEntry("queue", "churn").containsEntry("stage", "ASSISTIVE")
        .containsEntry("frustration", inputs.get("Frustration (0-100)"));
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().count())
        .isZero();
  }

  private java.util.List<JsonNode> tasksOf(String instanceId) throws Exception {
    HttpResponse<String> response = getAs("supervisor", "supervisor",
        "/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(response.statusCode()).isEqualTo(200);
    java.util.List<JsonNode> tasks = new java.util.ArrayList<>();
    JSON.readTree(response.body()).forEach(tasks::add);
    return tasks;
  }
}
