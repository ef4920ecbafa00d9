package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.records.TicketDeliveries;
import com.sentimenttriage.support.ContextOfItsOwn;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer replies while the ticket's instance still runs, and the instance ends after the webhook has found it
 * running but before the reply's message reaches it. The engine then refuses the message
 * (MismatchingMessageCorrelationException); the webhook must still answer 202 and the reply must start a new,
 * scored instance. The race is made certain, not waited for: the webhook's {@link TicketTriage} gets a
 * RuntimeService that, at the reply's correlation, first has the instance deleted and committed on another thread,
 * as the job executor or an operator would. Through real HTTP and the real Spring-managed transaction (H2, and
 * PostgreSQL in its run), in a context of its own because of that one bean.
 */
class FollowUpOnInstanceEndingMeanwhileTest extends IntegrationTest {

  private static final String ENGINE = "endingmeanwhile";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String ANGRY = "I have asked three times and still no answer. This is unacceptable: the export "
      + "has been broken since the update and we are reconsidering our renewal.";
  private static final String ENDED = "ended before the follow-up reached it";

  /** The instance to end at the next CustomerReplied correlation; taken (once) by that correlation. */
  private static final AtomicReference<String> endAtNextReply = new AtomicReference<>();

  @DynamicPropertySource
  static void engineOfItsOwn(DynamicPropertyRegistry registry) {
    ContextOfItsOwn.register(registry, ENGINE);
  }

  @TestConfiguration
  static class InstanceEndingAtTheReply {

    /** The webhook's TicketTriage, the same class over a RuntimeService with the hook; nothing else sees the hook. */
    @Bean
    @Primary
    TicketTriage ticketTriageWhoseInstanceEndsAtTheReply(RuntimeService runtimeService,
        HistoryService historyService, TicketDeliveries deliveries, TransactionTemplate transaction, Clock clock) {
      return new TicketTriage(endingAtTheReply(runtimeService), historyService, deliveries, transaction, clock);
    }
  }

  /**
   * Hands every call through; at a CustomerReplied correlation while armed, first deletes the armed instance on a
   * thread of its own, whose transaction commits before the correlation goes on.
   */
  static RuntimeService endingAtTheReply(RuntimeService engine) {
    return (RuntimeService) Proxy.newProxyInstance(RuntimeService.class.getClassLoader(),
        new Class<?>[] {RuntimeService.class}, (proxy, method, args) -> {
          if (method.getName().equals("createMessageCorrelation")
              && TicketTriageProcess.Messages.CUSTOMER_REPLIED.equals(args[0])) {
            String instance = endAtNextReply.getAndSet(null);
            if (instance != null) {
              CompletableFuture.runAsync(() -> engine.deleteProcessInstance(instance, ENDED)).join();
            }
          }
          try {
            return method.invoke(engine, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aReplyWhoseInstanceEndsBeforeTheMessageReachesItStartsANewScoredInstance() throws Exception {
    String first = answer(ticket(null)).get("processInstanceId").asText();
    await().atMost(PATIENCE).until(() -> taskService.createTaskQuery().processInstanceId(first).count() == 1);
    endAtNextReply.set(first);

    HttpResponse<String> response = postJson("/api/webhooks/generic", ticket("reply-1"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(endAtNextReply).as("the webhook found the instance running and went to message it").hasNullValue();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(first).singleResult())
        .extracting(HistoricProcessInstance::getDeleteReason).as("it ended in between").isEqualTo(ENDED);
    JsonNode reply = JSON.readTree(response.body());
    String second = reply.get("processInstanceId").asText();
    assertThat(second).isNotEqualTo(first);
    assertThat(reply.get("correlated").asBoolean()).isFalse();
    assertThat(reply.get("duplicate").asBoolean()).isFalse();
    assertThat(jdbc.queryForObject("select process_instance_id from ticket_delivery where delivery_key = ?",
        String.class, "generic:EM-1#event:reply-1")).as("the reply's delivery, recorded with its instance")
        .isEqualTo(second);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(second)
        .variableName(TriageVariables.PREVIOUS_PROCESS_INSTANCE_ID.name()).singleResult().getValue())
        .as("linked to the instance that ended").isEqualTo(first);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.queryForList(
        "select process_instance_id from scored_ticket where business_key = ?", String.class, "generic:EM-1"))
        .as("the reply is scored, by its own instance").containsExactly(second));
  }

  private static String ticket(String eventId) {
    return """
        {"ticketId": "EM-1", %s"subject": "Export broken again", "body": "%s",
         "requesterEmail": "it@golden-dental.example", "channel": "email"}"""
        .formatted(eventId == null ? "" : "\"eventId\": \"" + eventId + "\", ", ANGRY);
  }

  private JsonNode answer(String json) throws Exception {
    HttpResponse<String> response = postJson("/api/webhooks/generic", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body());
  }
}
