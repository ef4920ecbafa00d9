package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Angry tickets from one account arrive at once, through the webhook, and the job executor decides them on
 * parallel threads against the real database: exactly one alerts, the others are attached to it.
 */
class ParallelTicketsCooldownTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TICKETS = 6;
  /** Stark Fabrication in the demo accounts; no other test sends tickets for it. */
  private static final String REQUESTER = "plant.manager@stark-fab.example";

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void onlyOneOfSeveralSimultaneousAngryTicketsFromAnAccountAlerts() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(TICKETS);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < TICKETS; i++) {
        String ticket = """
            {"ticketId": "PAR-%d", "subject": "Export broken again",
             "body": "I have asked three times and still no answer. This is unacceptable: the export has been broken since the update and we are reconsidering our renewal.",
             "requesterEmail": "%s", "channel": "email"}""".formatted(i, REQUESTER);
        sent.add(senders.submit((Callable<HttpResponse<String>>) () -> postJson("/api/webhooks/generic", ticket)));
      }
      List<String> instances = new ArrayList<>();
      for (Future<HttpResponse<String>> response : sent) {
        assertThat(response.get().statusCode()).isEqualTo(202);
        instances.add(JSON.readTree(response.get().body()).get("processInstanceId").asText());
      }

      Map<String, String> actions = await().atMost(Duration.ofSeconds(90)).until(
          () -> escalationActions(instances), found -> found.size() == TICKETS);

      List<String> alerting = actions.entrySet().stream().filter(e -> "ALERT".equals(e.getValue()))
          .map(Map.Entry::getKey).toList();
      assertThat(alerting).hasSize(1);
      Map<String, String> attachedTo = variable(instances, "attachedToAlert");
      assertThat(attachedTo).hasSize(TICKETS - 1).doesNotContainKey(alerting.get(0))
          .allSatisfy((instance, alert) -> assertThat(alert).isEqualTo(alerting.get(0)));
      assertThat(jdbc.queryForObject("select count(*) from alert_attachment where alert_process_instance_id = ?",
          Integer.class, alerting.get(0))).isEqualTo(TICKETS - 1);
    } finally {
      senders.shutdownNow();
    }
  }

  /** What the gate decided for each instance, as recorded for the dashboard. */
  private Map<String, String> escalationActions(List<String> instances) {
    Map<String, String> actions = new HashMap<>();
    jdbc.query("select process_instance_id, escalation_action from scored_ticket", row -> {
      if (instances.contains(row.getString(1)) && row.getString(2) != null) {
        actions.put(row.getString(1), row.getString(2));
      }
    });
    return actions;
  }

  private Map<String, String> variable(List<String> instances, String name) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).variableName(name).list().stream()
        .filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> (String) v.getValue()));
  }
}
