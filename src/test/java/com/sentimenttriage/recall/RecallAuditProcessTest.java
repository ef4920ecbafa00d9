package com.sentimenttriage.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.learning.FeedbackModels;
import com.sentimenttriage.learning.LabelledExample;
import com.sentimenttriage.recall.RecallAuditProcess.Variables;
import com.sentimenttriage.records.ScoredTicketFixtures;
import com.sentimenttriage.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recall audit through the process, the job executor and the database, on months of 2017 and 2018 that only
 * this test writes tickets into: it samples exactly the asked number of that month's tickets that were not
 * escalated, one supervisor task each, and every answer moves the recall estimate.
 */
class RecallAuditProcessTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  FeedbackModels models;

  @Test
  void samplesTheMonthsNonEscalatedTicketsIntoAuditTasksAndEstimatesRecallFromTheAnswers() throws Exception {
    ScoredTicketFixtures fixtures = new ScoredTicketFixtures(jdbc);
    LocalDate may = LocalDate.of(2018, 5, 1);
    Set<String> notEscalated = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      notEscalated.add(fixtures.ticket().action(i % 2 == 0 ? "LOG" : "DIGEST").polarity(-0.3, "Negative")
          .topics("Billing").text("Invoice " + i + " is wrong again, please fix it").scored(day(may, i)).insert());
    }
    fixtures.ticket().reviewed("confirm", day(may, 20)).text("Outage").scored(day(may, 20)).insert();
    fixtures.ticket().reviewed("confirm", day(may, 21)).text("Outage").scored(day(may, 21)).insert();
    fixtures.ticket().reviewed("dismiss", day(may, 22)).text("Chatter").scored(day(may, 22)).insert();
    fixtures.ticket().reviewed("reclassify", day(may, 22)).text("Wrong topic").scored(day(may, 22)).insert();
    String auditedLater = fixtures.ticket().escalated().text("Outage").scored(day(may, 23)).insert();
    confirmedInAnAudit(auditedLater, ScoredTicketFixtures.INSTANCE, day(may, 24));
    String notJudged = fixtures.ticket().escalated().text("Not judged").scored(day(may, 25)).insert();
    // A follow-up re-scored this ticket: the confirm judged the earlier message's escalation, not this one.
    confirmedInAnAudit(notJudged, "earlier-instance", day(may, 24));
    // Neighbouring months' tickets are not part of May's population.
    fixtures.ticket().text("April").scored(LocalDate.of(2018, 4, 30).atTime(23, 59, 59).toInstant(ZoneOffset.UTC))
        .insert();
    fixtures.ticket().text("June").scored(day(LocalDate.of(2018, 6, 1), 0)).insert();

    String instanceId = runtimeService.startProcessInstanceByKey(RecallAuditProcess.KEY, Map.of(
        Variables.AUDIT_MONTH.name(), "2018-05", Variables.SAMPLE_SIZE.name(), 5)).getId();
    List<Task> tasks = await().atMost(Duration.ofSeconds(60)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).list(), list -> list.size() == 5);

    List<String> sampled = new ArrayList<>();
    for (Task task : tasks) {
      assertThat(task.getTaskDefinitionKey()).isEqualTo(RecallAuditProcess.Elements.AUDIT_NOT_ESCALATED_TICKET);
      assertThat(taskService.getIdentityLinksForTask(task.getId()))
          .anyMatch(link -> "supervisors".equals(link.getGroupId()));
      Map<String, Object> shown = taskService.getVariables(task.getId());
      sampled.add((String) shown.get(Variables.AUDITED_TICKET.name()));
      assertThat((String) shown.get("ticketText")).startsWith("Invoice ");
      assertThat(shown.get("escalationAction")).isIn("LOG", "DIGEST");
      assertThat(shown.get("topics")).isEqualTo("Billing");
    }
    assertThat(sampled).doesNotHaveDuplicates().allMatch(notEscalated::contains);
    long auditId = ((Number) runtimeService.getVariable(instanceId, Variables.RECALL_AUDIT_ID.name())).longValue();
    JsonNode before = audit(auditId);
    assertThat(before.get("sampled").asInt()).isEqualTo(5);
    assertThat(before.get("nonEscalatedTickets").asInt()).isEqualTo(12);
    assertThat(before.get("escalated").asInt()).isEqualTo(6);
    assertThat(before.get("judged").asInt()).as("4 reviewed, 1 audited").isEqualTo(5);
    assertThat(before.get("confirmed").asInt()).as("2 confirmed in review, 1 in an audit").isEqualTo(3);
    // precision = 3 / 5 = 0.6; estimated true escalations = 6 × 0.6 = 3.6
    assertThat(before.get("precision").asDouble()).isEqualTo(0.6);
    assertThat(before.get("estimatedTrueEscalations").asDouble()).isEqualTo(3.6);
    assertThat(before.get("recall").isNull()).as("no answer yet").isTrue();
    assertThat(before.get("recallUnknownReason").asText()).isEqualTo("NO_AUDIT_ANSWER");

    // One miss out of one answer: estimated missed = 1/1 × 12 = 12; recall = 3.6 / (3.6 + 12) = 0.2308
    taskService.complete(tasks.get(0).getId(), Map.of(Variables.SHOULD_HAVE_ESCALATED.name(), "yes",
        Variables.AUDIT_COMMENT.name(), "Third complaint about invoices this month"));
    JsonNode afterMiss = await().atMost(Duration.ofSeconds(60)).until(() -> audit(auditId),
        a -> a.get("audited").asInt() == 1);
    assertThat(afterMiss.get("missed").asInt()).isEqualTo(1);
    assertThat(afterMiss.get("estimatedMissed").asDouble()).isEqualTo(12.0);
    assertThat(afterMiss.get("recall").asDouble()).isEqualTo(0.231);
    assertThat(afterMiss.get("recallUnknownReason").isNull()).isTrue();
    assertThat(afterMiss.get("completed").asBoolean()).isFalse();
    assertThat(models.labelledExamples()).filteredOn(e -> e.businessKey().equals(sampled.get(0)))
        .extracting(LabelledExample::shouldEscalate).containsExactly(true);

    // One miss out of five answers: estimated missed = 1/5 × 12 = 2.4; recall = 3.6 / (3.6 + 2.4) = 0.6
    for (Task task : tasks.subList(1, 5)) {
      taskService.complete(task.getId(), Map.of(Variables.SHOULD_HAVE_ESCALATED.name(), "no"));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).finished().count() == 1);
    JsonNode done = audit(auditId);
    assertThat(done.get("audited").asInt()).isEqualTo(5);
    assertThat(done.get("estimatedMissed").asDouble()).isEqualTo(2.4);
    assertThat(done.get("recall").asDouble()).isEqualTo(0.6);
    assertThat(done.get("completed").asBoolean()).isTrue();
    assertThat((Double) historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(Variables.RECALL_ESTIMATE.name()).singleResult().getValue()).isEqualTo(0.6);
    assertThat(jdbc.queryForObject("select audit_comment from recall_audit_ticket where audit_id = ? and "
        + "business_key = ?", String.class, auditId, sampled.get(0)))
        .isEqualTo("Third complaint about invoices this month");
  }

  @Test
  void anAuditTaskIsNamedAfterItsTicketsAccountAndSubject() {
    ScoredTicketFixtures fixtures = new ScoredTicketFixtures(jdbc);
    long accountId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    jdbc.update("insert into account (id, name, plan, mrr) values (?, 'Initech', 'Starter', 100)", accountId);
    LocalDate march = LocalDate.of(2017, 3, 1);
    // Stored as scoring.TicketText joins them: "subject.\nmessage".
    String ticket = fixtures.ticket().account(accountId).text("Export broken again.\nThe CSV is empty since Monday")
        .scored(day(march, 3)).insert();

    String instanceId = runtimeService.startProcessInstanceByKey(RecallAuditProcess.KEY,
        Map.of(Variables.AUDIT_MONTH.name(), "2017-03")).getId();
    // The month holds only this test's tickets; a database kept from an earlier run holds that run's too.
    Task task = await().atMost(Duration.ofSeconds(60)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).list().stream()
            .filter(t -> ticket.equals(taskService.getVariable(t.getId(), Variables.AUDITED_TICKET.name())))
            .findFirst().orElse(null), t -> t != null);

    assertThat(task.getName())
        .isEqualTo("Audit a ticket that was not escalated — Initech: Export broken again");
    runtimeService.deleteProcessInstance(instanceId, "test done");
  }

  @Test
  void aMonthWithoutTicketsEndsWithNothingToAudit() {
    String instanceId = runtimeService.startProcessInstanceByKey(RecallAuditProcess.KEY,
        Map.of(Variables.AUDIT_MONTH.name(), "2017-01")).getId();

    await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).finished().count() == 1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(RecallAuditProcess.Elements.NOTHING_TO_AUDIT).count()).isEqualTo(1);
  }

  @Test
  void theRecallEstimatesAreForSupervisorsAndAdminsAndTheDashboardShowsThemAndTheDrift() {
    assertThat(getAs("manager", "manager", "/api/metrics/recall").statusCode()).isEqualTo(403);
    assertThat(getAs("supervisor", "supervisor", "/api/metrics/recall").statusCode()).isEqualTo(200);
    assertThat(getAs("manager", "manager", "/api/metrics/drift").statusCode()).isEqualTo(403);
    assertThat(getAs("supervisor", "supervisor", "/api/metrics/drift?weeks=0").statusCode()).isEqualTo(400);
    String page = getAs("supervisor", "supervisor", "/dashboard").body();
    assertThat(page).contains("id=\"recall\"").contains("id=\"drift\"")
        .contains("No recall audit completed yet — it runs on the 1st of the month.");
  }

  /** An auditor's confirm of the alert the instance sent. */
  private void confirmedInAnAudit(String businessKey, String instanceId, Instant at) {
    jdbc.update("""
        insert into labelled_example (business_key, process_instance_id, queue, kind, decision, correct, judged_at)
        values (?, ?, 'fixture', 'AUDIT', 'confirm', true, ?)""", businessKey, instanceId, Timestamp.from(at));
  }

  private JsonNode audit(long auditId) throws Exception {
    var response = getAs("supervisor", "supervisor", "/api/metrics/recall");
    assertThat(response.statusCode()).isEqualTo(200);
    for (JsonNode audit : JSON.readTree(response.body())) {
      if (audit.get("auditId").asLong() == auditId) {
        return audit;
      }
    }
    throw new AssertionError("no audit " + auditId + " in " + response.body());
  }

  private static Instant day(LocalDate first, int plusDays) {
    return first.plusDays(plusDays).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }
}
