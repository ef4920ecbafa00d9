package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_ESCALATION;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.TICKET_SCORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.Mockito.mock;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.SingleAccountDirectory;
import com.sentimenttriage.accounts.LookUpAccountDelegate;
import com.sentimenttriage.accounts.UnattachedTickets;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.alerting.AlertCsOwnerAdapter;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.review.BusinessHours;
import com.sentimenttriage.review.ReviewRolloutFixture;
import com.sentimenttriage.rollout.RolloutProperties;
import com.sentimenttriage.review.RecordReviewOutcomeDelegate;
import com.sentimenttriage.scoring.RecordScoreDelegate;
import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.learning.ApplyLearnedCorrectionDelegate;
import com.sentimenttriage.learning.LearnedCorrection;
import com.sentimenttriage.triage.ReceivedTicket;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import com.sentimenttriage.triage.TriageVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gate in the triage process with its account context: the new outputs, cooldowns, and a redeployed table
 * taking effect for the next ticket.
 */
@Deployment(resources = {TicketTriageProcess.RESOURCE, TicketTriageProcess.GATE_RESOURCE,
    TicketTriageProcess.REVIEW_FORM_RESOURCE, TicketTriageProcess.AUDIT_FORM_RESOURCE,
    TicketTriageProcess.QUEUE_ROUTING_RESOURCE, TicketTriageProcess.ROUTE_RESOURCE})
class EscalationInContextProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  private static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"),
      new BigDecimal("151200"), LocalDate.of(2026, 11, 30), 35, "Dana Whitfield", "dana@cs.example", "Morgan Lee",
      "morgan@cs.example");
  private static final String ANGRY = "I have asked three times and still no answer. This is unacceptable: "
      + "the export has been broken since the update and we are reconsidering our renewal.";
  /** Neither angry nor a promoter (whose own rules come first, issue 18): only the catch-all rule matches. */
  private static final String NEUTRAL = "How do I add a new user to our workspace?";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T09:00:00Z"));
  private final InMemoryAlertCooldowns cooldowns = new InMemoryAlertCooldowns();
  private final AccountDirectory accounts = new SingleAccountDirectory(ACME, email -> email.endsWith("@acme.example"));

  @BeforeEach
  void registerDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register(Beans.SCORE_TICKET, new ScoreTicketDelegate(SCORER));
    Mocks.register(Beans.APPLY_LEARNED_CORRECTION, new ApplyLearnedCorrectionDelegate(mock(LearnedCorrection.class)));
    Mocks.register(Beans.LOOK_UP_ACCOUNT, new LookUpAccountDelegate(accounts, mock(UnattachedTickets.class), clock));
    GateFixtures.register(clock, cooldowns);
    Mocks.register(Beans.RECORD_SCORE, new RecordScoreDelegate(mock(ScoredTicketStore.class), clock));
    ReviewRolloutFixture rollout = new ReviewRolloutFixture(RolloutProperties.defaults(), BusinessHours.alwaysOpen(),
        accounts, clock);
    rollout.cooldowns = cooldowns;
    rollout.registerDelegates();
    Mocks.register(Beans.RECORD_REVIEW_OUTCOME,
        new RecordReviewOutcomeDelegate(mock(ScoredTicketStore.class), rollout.judgements, clock));
    // These tests end at the review task; the alert steps are never reached.
    Mocks.register(Beans.ALERT_CS_OWNER, mock(AlertCsOwnerAdapter.class));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance receive(String ticketId, String text, String requesterEmail) {
    ProcessInstance instance = ReceivedTicket.start(ticketId, text, requesterEmail);
    execute(job(instance));
    execute(job(instance)); // the account lookup, its own job since a CRM may be slow or down
    return instance;
  }

  private static Map<String, Object> variablesOf(ProcessInstance instance) {
    Map<String, Object> variables = new HashMap<>();
    historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    return variables;
  }

  @Test
  void anAlertCarriesItsSlaRecommendedActionPriorityAndRiskFactors() {
    ProcessInstance instance = receive("C-1", ANGRY, "ops@acme.example");

    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    Map<String, Object> v = variablesOf(instance);
    assertThat(v).containsEntry("escalationAction", "ALERT").containsEntry("severity", "Critical")
        .containsEntry("reviewSla", "PT4H").containsEntry("recommendedAction", "Book a call within 24 hours")
        .containsEntry("cooldownActive", false).containsEntry("clv", 151200.0);
    int frustration = (Integer) v.get("frustration");
    assertThat(v.get("priority")).isEqualTo(new PriorityCalculator(PriorityProperties.defaults())
        .priority(frustration, 4200, null, "Critical", 28));
    assertThat((String) v.get("riskFactors")).contains("Churn threat in the ticket", "Renewal in 28 days",
        "MRR 4,200", "Health score 35");
    assertThat(v).as("no earlier ticket: this one is no risk factor of its own").containsEntry("accountTrend",
        "unknown");
  }

  /**
   * A very frustrated ticket from a small, healthy account far from renewal whose earlier tickets were calm: the
   * gate alerts on frustration alone and knows no risk factor, so the reviewer (and the CS owner) read its reason.
   */
  @Test
  void aTicketWithoutAKnownRiskFactorShowsTheGatesReason() {
    Account tiny = new Account(2, "Tiny Studio", "Starter", new BigDecimal("49"), new BigDecimal("1764"),
        LocalDate.of(2027, 9, 1), 90, "Dana Whitfield", "dana@cs.example", "Morgan Lee", "morgan@cs.example");
    Mocks.register(Beans.LOOK_UP_ACCOUNT, new LookUpAccountDelegate(
        new SingleAccountDirectory(tiny, email -> email.endsWith("@tiny.example")), mock(UnattachedTickets.class),
        clock));
    List<AccountTrend.Sample> calm = new ArrayList<>();
    for (int day = 1; day <= 10; day++) {
      calm.add(new AccountTrend.Sample(clock.instant().minus(Duration.ofDays(day)), 0.6, 5));
    }
    GateFixtures.register(clock,
        (accountId, exceptBusinessKey, now) -> AccountTrend.of(calm, null, now, TrendProperties.defaults()),
        cooldowns, Duration.ofHours(24));

    ProcessInstance instance = receive("C-9", "I have asked three times and still no answer. This is unacceptable "
        + "and I am furious. Worst support ever!!!", "owner@tiny.example");

    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    Map<String, Object> v = variablesOf(instance);
    assertThat(v).containsEntry("escalationAction", "ALERT").containsEntry("accountTrend", "green")
        .containsEntry("churnRisk", false);
    assertThat(v.get("riskFactors")).isEqualTo(v.get("escalationReason")).isEqualTo("Very frustrated customer");
  }

  /**
   * The check step reads the account's trend once; the weigh step, two steps on in the same transaction, describes
   * the drop from what was handed over (the light and averages are process variables, the baseline goes along).
   */
  @Test
  void aDecliningAccountIsReadOnceAndItsDropIsARiskFactor() {
    AtomicInteger reads = new AtomicInteger();
    AccountTrends declining = (accountId, exceptBusinessKey, now) -> {
      reads.incrementAndGet();
      return new AccountTrend(-0.2, 0.1, AccountTrend.Light.YELLOW, AccountTrend.Light.GREEN, 1);
    };
    GateFixtures.register(clock, declining, cooldowns, Duration.ofHours(24));

    ProcessInstance instance = receive("C-30", ANGRY, "ops@acme.example");

    Map<String, Object> v = variablesOf(instance);
    assertThat(v).containsEntry("accountTrend", "yellow").containsEntry("accountTrendDeclining", true)
        .containsEntry("accountSentiment7d", -0.2).containsEntry("frustratedTicketsLast30Days", 1);
    assertThat((String) v.get("riskFactors")).contains("Sentiment dropped from green to yellow within 21 days");
    assertThat(reads).as("trend reads for one ticket").hasValue(1);
  }

  @Test
  void aSecondTicketForTheSameAccountAndTopicIsAttachedToTheOpenAlert() {
    ProcessInstance first = receive("C-2", ANGRY, "ops@acme.example");
    ProcessInstance second = receive("C-3", ANGRY, "jane@acme.example");

    BpmnAwareTests.assertThat(first).isWaitingAt(REVIEW_ESCALATION);
    BpmnAwareTests.assertThat(second).isEnded().hasPassed(TICKET_SCORED).hasNotPassed(REVIEW_ESCALATION);
    assertThat(variablesOf(second)).containsEntry("escalationAction", "DIGEST")
        .containsEntry("cooldownActive", true)
        .containsEntry("attachedToAlert", first.getId())
        .containsEntry("recommendedAction", "Add to the open alert");
    assertThat(cooldowns.attached()).containsExactly("generic:C-3");
    String reviewTask = taskService().createTaskQuery().processInstanceId(first.getId()).singleResult().getId();
    // No comment: a task comment through the public API would write the task row (see OpenReviewNotes).
    assertThat(taskService().getTaskComments(reviewTask)).isEmpty();
    assertThat((String) taskService().getVariable(reviewTask, "attachedTickets"))
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  generic:C-3  frustration \\d+, \\w+: \".+\"");
  }

  /** A review suspended by an admin is not written to; the ticket is still attached (stored) to the alert. */
  @Test
  void aSuspendedReviewGetsNoLineForAnAttachedTicket() {
    ProcessInstance first = receive("C-15", ANGRY, "ops@acme.example");
    runtimeService().suspendProcessInstanceById(first.getId());

    ProcessInstance second = receive("C-16", ANGRY, "jane@acme.example");

    assertThat(variablesOf(second)).containsEntry("attachedToAlert", first.getId());
    assertThat(cooldowns.attached()).containsExactly("generic:C-16");
    assertThat(runtimeService().getVariable(first.getId(), "attachedTickets")).isEqualTo("None so far");
  }

  /**
   * Two tickets of one account decided at once: the second found no open alert (the first had not committed its
   * claim), the table said ALERT, and its claim lost. The model sends it back to "Decide escalation", which now sees
   * the open alert and attaches it: two tickets never both alert.
   */
  @Test
  void aTicketThatLosesTheCooldownClaimIsDecidedAgainByTheTableAndAttached() {
    ProcessInstance first = receive("C-20", ANGRY, "ops@acme.example");
    GateFixtures.register(clock, GateFixtures.NO_EARLIER_TICKETS, new ClaimNotYetVisible(cooldowns),
        Duration.ofHours(24));

    ProcessInstance second = receive("C-21", ANGRY, "jane@acme.example");

    BpmnAwareTests.assertThat(second).isEnded().hasPassed(TicketTriageProcess.Elements.ANOTHER_TICKET_ALERTED_FIRST)
        .hasNotPassed(REVIEW_ESCALATION);
    assertThat(variablesOf(second)).containsEntry("escalationAction", "DIGEST")
        .containsEntry("cooldownActive", true).containsEntry("attachedToAlert", first.getId())
        .containsEntry("recommendedAction", "Add to the open alert");
    assertThat(cooldowns.attached()).containsExactly("generic:C-21");
    List<HistoricDecisionInstance> decided = historyService().createHistoricDecisionInstanceQuery()
        .processInstanceId(second.getId()).decisionDefinitionKey(TicketTriageProcess.GATE_DECISION_KEY)
        .includeInputs().orderByEvaluationTime().asc().list();
    String decideEscalation = TicketTriageProcess.Elements.DECIDE_ESCALATION;
    assertThat(decided).extracting(HistoricDecisionInstance::getActivityId)
        .containsExactly(decideEscalation, decideEscalation);
    assertThat(decided).extracting(d -> d.getInputs().stream()
            .filter(input -> "Alert already open for this account and topic".equals(input.getClauseName()))
            .findFirst().orElseThrow().getValue())
        .containsExactly(false, true);
  }

  /** Cooldowns whose open alerts a ticket cannot see yet, as if another ticket's claim were not committed. */
  private record ClaimNotYetVisible(AlertCooldowns claimed) implements AlertCooldowns {

    @Override
    public Optional<OpenAlert> findOpen(List<String> keys, Instant now) {
      return Optional.empty();
    }

    @Override
    public Optional<OpenAlert> claim(List<String> keys, Long accountId, String processInstanceId, String businessKey,
        Instant now, Duration window) {
      return claimed.claim(keys, accountId, processInstanceId, businessKey, now, window);
    }

    @Override
    public void reviewTaskOpened(String alertProcessInstanceId) {
      claimed.reviewTaskOpened(alertProcessInstanceId);
    }

    @Override
    public void attach(OpenAlert alert, String processInstanceId, String businessKey, Long accountId,
        int frustration, Instant now) {
      claimed.attach(alert, processInstanceId, businessKey, accountId, frustration, now);
    }
  }

  @Test
  void theNoteOnTheOpenReviewLeavesTheTaskItselfUntouchedSoItNeverConflictsWithTheReviewer() {
    ProcessInstance first = receive("C-12", ANGRY, "ops@acme.example");
    TaskEntity before = (TaskEntity) taskService().createTaskQuery().processInstanceId(first.getId()).singleResult();

    receive("C-13", ANGRY, "jane@acme.example");
    receive("C-14", ANGRY, "ops@acme.example");

    TaskEntity after = (TaskEntity) taskService().createTaskQuery().processInstanceId(first.getId()).singleResult();
    // createComment or TaskService.setVariable would have written the task row twice (Camunda 7.24 stamps "last
    // updated"): two versions on.
    assertThat(after.getRevision()).as("the task row's version").isEqualTo(before.getRevision());
    assertThat(((String) taskService().getVariable(after.getId(), "attachedTickets")).lines()
        .map(line -> line.split("  ")[1])).containsExactly("generic:C-13", "generic:C-14");
    taskService().complete(after.getId(), Map.of("reviewDecision", "dismiss"));
    assertThat(taskService().createTaskQuery().processInstanceId(first.getId()).count()).isZero();
  }

  @Test
  void alertsAgainOnceTheCooldownWindowIsOver() {
    receive("C-4", ANGRY, "ops@acme.example");
    clock.advance(Duration.ofHours(24));
    ProcessInstance later = receive("C-5", ANGRY, "ops@acme.example");

    BpmnAwareTests.assertThat(later).isWaitingAt(REVIEW_ESCALATION);
    assertThat(variablesOf(later)).containsEntry("escalationAction", "ALERT").containsEntry("cooldownActive", false);
  }

  @Test
  void aRedeployedGateAppliesToTheNextTicketWithoutRestart() throws Exception {
    ProcessInstance before = receive("C-6", NEUTRAL, "someone@gmail.com");
    assertThat(variablesOf(before)).containsEntry("escalationAction", "LOG");

    String table = GateFixtures.shippedTable();
    // What an admin does in the Modeler: the catch-all rule now puts every ticket into the digest.
    String edited = table.replace(
        "<outputEntry id=\"OutputEntry_RecordOnly_Action\"><text>\"LOG\"</text>",
        "<outputEntry id=\"OutputEntry_RecordOnly_Action\"><text>\"DIGEST\"</text>");
    assertThat(edited).isNotEqualTo(table);
    String deployment = GateFixtures.deploy(repositoryService(), "gate edited by an admin", edited);
    try {
      DecisionDefinition latest = repositoryService().createDecisionDefinitionQuery()
          .decisionDefinitionKey(TicketTriageProcess.GATE_DECISION_KEY).latestVersion().singleResult();
      assertThat(latest.getVersion()).isEqualTo(2);

      ProcessInstance after = receive("C-7", NEUTRAL, "someone@gmail.com");

      assertThat(variablesOf(after)).containsEntry("escalationAction", "DIGEST");
      HistoricDecisionInstance evaluated = historyService().createHistoricDecisionInstanceQuery()
          .processInstanceId(after.getId()).decisionDefinitionKey(TicketTriageProcess.GATE_DECISION_KEY)
          .singleResult();
      assertThat(evaluated == null ? latestEvaluation().getDecisionDefinitionId()
          : evaluated.getDecisionDefinitionId()).isEqualTo(latest.getId());
    } finally {
      repositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void aRedeployedGateRuleWithoutAReviewSlaStopsItsTicketAtPrepareReviewUntilTheTableIsFixed() throws Exception {
    // Tickets of one account on purpose: each is decided on its own, none is attached to the first one's alert.
    GateFixtures.registerWithoutCooldown(clock);
    ProcessInstance before = receive("C-8", ANGRY, "ops@acme.example");
    BpmnAwareTests.assertThat(before).isWaitingAt(REVIEW_ESCALATION);
    Map<String, Object> shippedDecision = variablesOf(before);

    // What an admin does in the Modeler: empties the review SLA cell of every rule, and redeploys.
    String table = GateFixtures.shippedTable();
    String withoutSla = table.replaceAll("(_ReviewSla\"><text>)[^<]*(</text>)", "$1$2");
    assertThat(withoutSla).isNotEqualTo(table);
    List<String> deployments = new ArrayList<>();
    deployments.add(GateFixtures.deploy(repositoryService(), "gate without review SLAs", withoutSla));
    try {
      ProcessInstance instance = ReceivedTicket.start("C-9", ANGRY, "ops@acme.example");
      execute(job(instance)); // scoring, up to the account lookup
      // The account lookup's job runs the gate and Prepare review in one transaction; it fails on each of its
      // tries (one per wait of its retry cycle), the last one raising the incident.
      String job = job(instance).getId();
      for (int attempt = 1; attempt <= 10
          && runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count() == 0; attempt++) {
        assertThatThrownBy(() -> managementService().executeJob(job)).hasMessageContaining(EscalationGate.REVIEW_SLA);
      }

      Incident incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(incident.getFailedActivityId()).isEqualTo(TicketTriageProcess.Elements.PREPARE_REVIEW);
      assertThat(incident.getIncidentMessage()).contains(TicketTriageProcess.GATE_RESOURCE, EscalationGate.REVIEW_SLA,
          "\"" + TriageVariables.ESCALATION_REASON.find(shippedDecision).orElseThrow() + "\"");
      BpmnAwareTests.assertThat(instance).hasNotPassed(REVIEW_ESCALATION);

      // The fix: the table redeployed with its SLA, then the incident retried; the ticket is decided again.
      deployments.add(GateFixtures.deploy(repositoryService(), "gate fixed by an admin", table));
      managementService().setJobRetries(job, 1);
      managementService().executeJob(job);

      BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
      assertThat(TriageVariables.REVIEW_SLA.find(variablesOf(instance)))
          .isEqualTo(TriageVariables.REVIEW_SLA.find(shippedDecision)).isNotEmpty();
      assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    } finally {
      deployments.forEach(id -> repositoryService().deleteDeployment(id, true));
    }
  }

  private static HistoricDecisionInstance latestEvaluation() {
    return historyService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(TicketTriageProcess.GATE_DECISION_KEY).orderByEvaluationTime().desc()
        .listPage(0, 1).get(0);
  }

  /** A clock the test moves forward, instead of waiting. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
