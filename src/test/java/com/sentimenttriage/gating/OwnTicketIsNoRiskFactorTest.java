package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first, angry ticket of an account with no scored ticket before it: through the real webhook, job executor,
 * gate and database, the gate sees the account's sentiment as unknown, not as the red of this very ticket, and
 * the risk factors say nothing about a red account. The account (Quiet Harbor Labs) is used by no other test.
 */
class OwnTicketIsNoRiskFactorTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long ACCOUNT = 7301;
  private static final String ACCOUNT_LIGHT_INPUT = "Account sentiment (green/yellow/red)";

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void removeRows() {
    jdbc.update("delete from scored_ticket where account_id = ?", ACCOUNT);
    jdbc.update("delete from account_domain where account_id = ?", ACCOUNT);
    jdbc.update("delete from account where id = ?", ACCOUNT);
  }

  @Test
  void theFirstAngryTicketOfAnAccountDoesNotMakeItsOwnAccountRed() throws Exception {
    jdbc.update("""
        insert into account (id, name, plan, mrr, health_score, cs_owner_name, cs_owner_email)
        values (?, 'Quiet Harbor Labs', 'Starter', 249, 80, 'Olga Gate', 'olga.own-light@cs.example')""", ACCOUNT);
    jdbc.update("insert into account_domain (domain, account_id) values ('quiet-harbor.example', ?)", ACCOUNT);

    HttpResponse<String> accepted = postJson("/api/webhooks/generic", """
        {"ticketId": "OWN-1", "subject": "New report layout",
         "body": "The new report layout is awful, ugly and confusing.",
         "requesterEmail": "it@quiet-harbor.example", "channel": "email"}""");
    assertThat(accepted.statusCode()).isEqualTo(202);
    String instanceId = JSON.readTree(accepted.body()).get("processInstanceId").asText();

    HistoricDecisionInstance gate = await().atMost(Duration.ofSeconds(60)).until(
        () -> historyService.createHistoricDecisionInstanceQuery().processInstanceId(instanceId)
            .decisionDefinitionKey(TicketTriageProcess.GATE_DECISION_KEY).includeInputs().singleResult(),
        decision -> decision != null);
    Map<String, Object> inputs = new HashMap<>();
    gate.getInputs().forEach(input -> inputs.put(input.getClauseName(), input.getValue()));
    assertThat(inputs).as("the ticket is strongly negative").hasEntrySatisfying("Polarity (-1 to 1)",
        polarity -> assertThat((Double) polarity).isLessThan(-0.5));
    assertThat(inputs).containsEntry(ACCOUNT_LIGHT_INPUT, "unknown")
        .containsEntry("Frustrated tickets in the last 30 days", 0);

    String riskFactors = (String) await().atMost(Duration.ofSeconds(30)).until(
        () -> historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
            .variableName(TriageVariables.RISK_FACTORS.name()).singleResult(), variable -> variable != null)
        .getValue();
    assertThat(riskFactors).doesNotContain("red", "Sentiment dropped");
  }
}
