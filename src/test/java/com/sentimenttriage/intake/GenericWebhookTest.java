package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generic webhook over real HTTP: what it accepts, what it refuses, and that a retry starts nothing. */
class GenericWebhookTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/webhooks/generic";

  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  private long instances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count();
  }

  private long deliveries() {
    return jdbc.queryForObject("select count(*) from ticket_delivery", Long.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON          | application/json | {\"ticketId\": \"B-1\", \"body\": | Unreadable ticket",
      "missing ticketId        | application/json | {\"body\": \"The export is broken\"} | Invalid ticket",
      "blank body              | application/json | {\"ticketId\": \"B-2\", \"body\": \"  \"} | Invalid ticket",
      "body is not an object   | application/json | [1, 2, 3] | Unreadable ticket",
      "createdAt is not a date | application/json | {\"ticketId\": \"B-3\", \"body\": \"x\", \"createdAt\": \"yesterday\"} | Unreadable ticket",
      "wrong content type      | text/plain       | ticketId=B-4 | Wrong content type",
      "multipart form data     | multipart/form-data; boundary=b | --b Content-Disposition: form-data; name=\"ticketId\" B-5 --b-- | Wrong content type",
      "multipart, no boundary  | multipart/form-data | {\"ticketId\": \"B-6\", \"body\": \"x\"} | Wrong content type",
      "ticketId of em spaces   | application/json | {\"ticketId\": \"\u2003\", \"body\": \"The export is broken\"} | Invalid ticket",
      "ticketId of ideographic spaces | application/json | {\"ticketId\": \"\u3000\u3000\", \"body\": \"The export is broken\"} | Invalid ticket",
      "ticketId of no-break spaces | application/json | {\"ticketId\": \"\u00a0\u202f\", \"body\": \"The export is broken\"} | Invalid ticket",
      "trailing garbage        | application/json | {\"ticketId\": \"B-7\", \"body\": \"x\"} garbage | Unreadable ticket",
      "concatenated objects    | application/json | {\"ticketId\": \"B-8\", \"body\": \"x\"}{\"ticketId\": \"B-9\", \"body\": \"y\"} | Unreadable ticket",
      "NUL in a key            | application/json | {\"x\\u0000y\": 1, \"ticketId\": \"B-10\", \"body\": \"x\"} | Unreadable ticket",
  })
  void refusesBadInputWithAProblemDetailAndStartsNothing(String name, String contentType, String body,
      String title) throws Exception {
    long instancesBefore = instances();
    long deliveriesBefore = deliveries();

    HttpResponse<String> response = post(PATH, body, contentType);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo(title);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(instances()).isEqualTo(instancesBefore);
    assertThat(deliveries()).isEqualTo(deliveriesBefore);
  }

  /** The limits every connector's reader keeps, which the generic webhook used to skip. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"nesting 33 deep", "nesting 500 deep", "a number of 101 digits", "a number of 5000 digits",
      "a decimal of 101 digits"})
  void refusesJsonBeyondTheReadersLimits(String what) throws Exception {
    long instancesBefore = instances();
    String value = switch (what) {
      case "nesting 33 deep" -> "{\"n\":".repeat(33) + "1" + "}".repeat(33);
      case "nesting 500 deep" -> "[".repeat(500) + "]".repeat(500);
      case "a number of 101 digits" -> "9".repeat(101);
      case "a number of 5000 digits" -> "9".repeat(5000);
      default -> "0." + "1".repeat(101);
    };

    HttpResponse<String> response = postJson(PATH,
        "{\"ticketId\": \"B-LIMIT\", \"body\": \"The export is broken\", \"subject\": " + value + "}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("Unreadable ticket");
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void namesTheMissingFieldsInTheProblem() throws Exception {
    HttpResponse<String> response = postJson(PATH, "{\"subject\": \"hello\"}");
    String detail = JSON.readTree(response.body()).get("detail").asText();
    assertThat(detail).contains("ticketId is required").contains("body (the customer's message) is required");
  }

  @Test
  void aRepeatedDeliveryAnswersWithTheExistingInstance() throws Exception {
    String ticket = "{\"ticketId\": \"DUP-1\", \"body\": \"Where is my invoice?\", \"requesterEmail\": \"a@b.example\"}";

    HttpResponse<String> first = postJson(PATH, ticket);
    HttpResponse<String> second = postJson(PATH, ticket);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(second.statusCode()).isEqualTo(200);
    JsonNode original = JSON.readTree(first.body());
    JsonNode repeated = JSON.readTree(second.body());
    assertThat(repeated.get("processInstanceId")).isEqualTo(original.get("processInstanceId"));
    assertThat(repeated.get("duplicate").asBoolean()).isTrue();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY)
        .processInstanceBusinessKey("generic:DUP-1").count()).isEqualTo(1);
  }

  @Test
  void copiesArrivingAtTheSameMomentStartOneInstance() throws Exception {
    String ticket = "{\"ticketId\": \"RACE-1\", \"body\": \"Sync stopped\", \"requesterEmail\": \"a@b.example\"}";
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<HttpResponse<String>>> copies = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        copies.add(() -> postJson(PATH, ticket));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> f : pool.invokeAll(copies)) {
        responses.add(f.get());
      }
      assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 202)
          .filteredOn(status -> status == 202).hasSize(1);
      Set<String> ids = responses.stream().map(r -> {
        try {
          return JSON.readTree(r.body()).get("processInstanceId").asText();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).collect(Collectors.toSet());
      assertThat(ids).hasSize(1);
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY)
          .processInstanceBusinessKey("generic:RACE-1").count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
