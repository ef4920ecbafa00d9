package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ALERT_CS_OWNER_UNREVIEWED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.AUDIT_ESCALATION;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.CS_OWNER_ALERTED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ESCALATE_OVERDUE_REVIEW;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ESCALATION_AUDITED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ESCALATION_DISMISSED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.MANAGER_REMINDED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.OPEN_CS_FOLLOW_THROUGH_UNREVIEWED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.POST_UNREVIEWED_ALERT_TO_CHAT;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REMIND_MANAGER;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_ESCALATED_TO_MANAGERS;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_ESCALATION;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_LONG_OVERDUE;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_OVERDUE;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_RECORDED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.TICKET_SCORED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.UNREVIEWED_ALERT_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.LookUpAccountDelegate;
import com.sentimenttriage.accounts.SingleAccountDirectory;
import com.sentimenttriage.accounts.UnattachedTickets;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.alerting.ChatAlertPoster;
import com.sentimenttriage.alerting.ChatWebhooks;
import com.sentimenttriage.alerting.CsAlert;
import com.sentimenttriage.alerting.CsAlertMailer;
import com.sentimenttriage.learning.ApplyLearnedCorrectionDelegate;
import com.sentimenttriage.learning.LearnedCorrection;
import com.sentimenttriage.gating.GateFixtures;
import com.sentimenttriage.intake.Conversation;
import com.sentimenttriage.intake.TicketMessage;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.rollout.RolloutProperties;
import com.sentimenttriage.rollout.RolloutStage;
import com.sentimenttriage.rollout.RolloutStageChangeProcess;
import com.sentimenttriage.rollout.StageChange;
import com.sentimenttriage.scoring.RecordScoreDelegate;
import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.support.MutableClock;
import com.sentimenttriage.triage.ReceivedTicket;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import com.sentimenttriage.triage.TriageVariables;
import java.io.InputStream;
import java.net.URI;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.SimpleMailMessage;

/**
 * Every rollout stage and every timer path of the review loop, with the real delegates, decision tables and stores
 * (a fresh H2 database per test), a mocked mail server and a pinned audit draw.
 */
@Deployment(resources = {TicketTriageProcess.RESOURCE, TicketTriageProcess.GATE_RESOURCE,
    TicketTriageProcess.REVIEW_FORM_RESOURCE, TicketTriageProcess.AUDIT_FORM_RESOURCE,
    TicketTriageProcess.QUEUE_ROUTING_RESOURCE, TicketTriageProcess.ROUTE_RESOURCE,
    RolloutStageChangeProcess.RESOURCE, RolloutStageChangeProcess.FORM_RESOURCE})
class ReviewAndRolloutProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  /** A Monday morning. */
  private static final Instant MONDAY_9 = Instant.parse("2026-11-02T09:00:00Z");
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  private static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"),
      LocalDate.of(2026, 11, 30), 62, "Dana Whitfield", "dana@cs.example", "morgan@cs.example");
  /** Gate: ALERT, Critical, review SLA PT4H (a Critical topic on a paying account); routed to the churn queue. */
  private static final String ANGRY = "I have asked three times and still no answer. This is unacceptable: "
      + "the export has been broken since the update and we are reconsidering our renewal.";
  private static final String QUEUE = "churn";

  private final MutableClock clock = new MutableClock(MONDAY_9);
  private final ScoredTicketStore scoreStore = mock(ScoredTicketStore.class);
  private final CsAlertMailer mailer = mock(CsAlertMailer.class);
  private final SentAlerts sentAlerts = mock(SentAlerts.class);
  private final AccountDirectory accounts = new SingleAccountDirectory(ACME, "ops@acme.example"::equals);
  private ReviewRolloutFixture rollout;

  @BeforeEach
  void registerDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    register(BusinessHours.alwaysOpen());
  }

  private void register(BusinessHours businessHours) {
    rollout = new ReviewRolloutFixture(RolloutProperties.defaults(), businessHours, accounts, clock);
    rollout.registerDelegates();
    Mocks.register(Beans.SCORE_TICKET, new ScoreTicketDelegate(SCORER));
    Mocks.register(Beans.APPLY_LEARNED_CORRECTION, new ApplyLearnedCorrectionDelegate(mock(LearnedCorrection.class)));
    Mocks.register(Beans.LOOK_UP_ACCOUNT, new LookUpAccountDelegate(accounts, mock(UnattachedTickets.class), clock));
    // These scenarios send many tickets of one account on purpose; cooldowns are the gate's concern, not theirs.
    GateFixtures.registerWithoutCooldown(clock);
    Mocks.register(Beans.RECORD_SCORE, new RecordScoreDelegate(scoreStore, clock));
    Mocks.register(Beans.RECORD_REVIEW_OUTCOME, new RecordReviewOutcomeDelegate(scoreStore, rollout.judgements,
        clock));
    AlertDelegates.register(accounts, SCORER, mailer, sentAlerts, clock);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance receive(String ticketId) {
    Map<String, Object> variables = ReceivedTicket.variables(ticketId, ANGRY, "ops@acme.example");
    TriageVariables.CHANNEL.putInto(variables, "email");
    ProcessInstance instance = ReceivedTicket.start(ticketId, variables);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TicketTriageProcess.Elements.TICKET_RECEIVED);
    execute(job());
    execute(job()); // the account lookup, its own job since a CRM may be slow or down
    return instance;
  }

  private void stage(RolloutStage stage) {
    rollout.rollout.change(QUEUE, stage, "test-setup", "set up the scenario");
  }

  /** A queue that alerts without review, reached the only way the policy allows: through probation. */
  private void automate() {
    stage(RolloutStage.PROBATION);
    rollout.rollout.change(QUEUE, RolloutStage.AUTOMATED, "test-setup", "scenario");
  }

  /** A ticket in a queue that alerts at once: the mail and the chat post are each a job of their own. */
  private ProcessInstance receiveAndAlert(String ticketId) {
    ProcessInstance instance = receive(ticketId);
    execute(job());
    execute(job()); // post the alert to chat
    return instance;
  }

  private CsAlert sentAlert() {
    ArgumentCaptor<CsAlert> alert = ArgumentCaptor.forClass(CsAlert.class);
    verify(mailer).send(alert.capture());
    return alert.getValue();
  }

  private List<SimpleMailMessage> managerMails(int expected) {
    ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
    verify(rollout.reviewMail, times(expected)).send(mail.capture());
    return mail.getAllValues();
  }

  private List<Map<String, Object>> labelledExamples() {
    return rollout.jdbc.queryForList("select * from labelled_example order by id");
  }

  // ---- stages ------------------------------------------------------------------------------------------------

  @Test
  void aPassiveQueueScoresAndStoresOnlyWithoutTasksOrAlerts() {
    stage(RolloutStage.PASSIVE);

    ProcessInstance instance = receive("P-1");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(TICKET_SCORED).hasNotPassed(REVIEW_ESCALATION);
    BpmnAwareTests.assertThat(instance).variables().containsEntry("escalationAction", "ALERT")
        .containsEntry("rolloutQueue", QUEUE).containsEntry("escalationRoute", "RECORD");
    ArgumentCaptor<ScoredTicketStore.Context> context = ArgumentCaptor.forClass(ScoredTicketStore.Context.class);
    verify(scoreStore).record(any(), context.capture());
    org.assertj.core.api.Assertions.assertThat(context.getValue().queue()).isEqualTo(QUEUE);
    org.assertj.core.api.Assertions.assertThat(context.getValue().stage()).isEqualTo("PASSIVE");
    verify(mailer, never()).send(any());
  }

  @Test
  void anAssistiveQueueCreatesAReviewTaskWithThePriorityAndTheDueDateOfTheSla() {
    ProcessInstance instance = receive("A-1");

    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    Task review = task();
    BpmnAwareTests.assertThat(review).hasCandidateGroup(TicketTriageProcess.Groups.SUPERVISORS);
    Map<String, Object> context = runtimeService().getVariables(instance.getId());
    int priority = TriageVariables.PRIORITY.find(context).orElseThrow();
    Duration sla = Duration.parse(TriageVariables.REVIEW_SLA.find(context).orElseThrow());
    assertThat(review.getPriority()).as("the gate's priority").isEqualTo(priority).isBetween(1, 100);
    assertThat(review.getDueDate()).isEqualTo(Date.from(MONDAY_9.plus(sla)));
    BpmnAwareTests.assertThat(instance).variables()
        .containsEntry("unreviewedAlertAt", Date.from(MONDAY_9.plus(sla.multipliedBy(2))))
        .containsEntry("renewalDate", "2026-11-30")
        .containsEntry("rolloutQueue", QUEUE);
    verify(mailer, never()).send(any());
  }

  // ---- what Tasklist and the review form show (issue 16) ------------------------------------------------------

  @Test
  void theReviewTaskIsNamedAfterItsAccountSubjectAndSeverity() {
    Map<String, Object> variables = ReceivedTicket.variables("N-1", ANGRY, "ops@acme.example");
    TriageVariables.SUBJECT.putInto(variables, "Export broken again");
    ProcessInstance instance = ReceivedTicket.start("N-1", variables);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TicketTriageProcess.Elements.TICKET_RECEIVED);
    execute(job());
    execute(job());

    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    assertThat(task().getName()).isEqualTo("Review escalation — Acme Corp: Export broken again (Critical)");
  }

  @Test
  void theReviewFormShowsTheDueTimeInWordsAndTheConversationThread() {
    Map<String, Object> variables = ReceivedTicket.variables("N-2", ANGRY, "ops@acme.example");
    TriageVariables.CONVERSATION.putInto(variables, Conversation.encode(List.of(
        new TicketMessage(TicketMessage.Author.CUSTOMER, "The export fails with an error."),
        new TicketMessage(TicketMessage.Author.AGENT, "Could you   try again?"))));
    ProcessInstance instance = ReceivedTicket.start("N-2", variables);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TicketTriageProcess.Elements.TICKET_RECEIVED);
    execute(job());
    execute(job());

    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    Map<String, Object> form = taskService().getVariables(task().getId());
    assertThat(form).containsEntry("reviewDueAt", "Mon 2 Nov 2026, 13:00 UTC (SLA 4 hours)")
        .containsEntry("conversationThread", "Customer: The export fails with an error.\nAgent: Could you try again?")
        .containsEntry("attachedTickets", "None so far");
  }

  /** Starts a ticket past a stand-in gate, as if an admin had edited the table to decide {@code gate}'s way. */
  private ProcessInstance receiveThrough(JavaDelegate gate, String ticketId) {
    Mocks.register(Beans.WEIGH_ESCALATION, gate); // the gate's last step: its outputs are the ones that count
    ProcessInstance instance = ReceivedTicket.start(ticketId, ANGRY, "ops@acme.example");
    execute(job(instance));
    execute(job(instance)); // the account lookup, its own job since a CRM may be slow or down
    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    return instance;
  }

  @Test
  void theReviewTaskTakesItsDueDateAndPriorityFromTheGate() {
    receiveThrough(GateFixtures.alert("PT1H", 97, "Churn threat in the ticket"), "A-2");

    assertThat(task().getPriority()).isEqualTo(97);
    assertThat(task().getDueDate()).isEqualTo(Date.from(MONDAY_9.plus(Duration.ofHours(1))));
  }

  @Test
  void aConfirmationWithAChangedActionAlertsTheOwnerAndIsStoredAsACorrectExample() {
    ProcessInstance instance = receive("A-3");

    complete(task(), withVariables("reviewDecision", "confirm", "recommendedAction", "Call the CTO today"));
    execute(job());
    execute(job());
    execute(job()); // post the alert to chat

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(CS_OWNER_ALERTED).hasNotPassed(AUDIT_ESCALATION);
    assertThat(sentAlert().unreviewed()).isFalse();
    assertThat(labelledExamples()).singleElement().satisfies(example -> {
      assertThat(example).containsEntry("KIND", "REVIEW").containsEntry("DECISION", "confirm")
          .containsEntry("CORRECT", true).containsEntry("QUEUE", QUEUE)
          .containsEntry("RECOMMENDED_ACTION", "Call the CTO today");
    });
  }

  @Test
  void aReclassificationSendsNothingAndKeepsTheCorrectedLabelAndTopic() {
    ProcessInstance instance = receive("A-4");

    complete(task(), withVariables("reviewDecision", "reclassify", "reclassifiedLabel", "Negative",
        "reclassifiedTopic", "Integration failure", "reviewComment", "Annoyed, not leaving"));
    execute(job());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(ESCALATION_DISMISSED);
    verify(mailer, never()).send(any());
    assertThat(labelledExamples()).singleElement().satisfies(example -> {
      assertThat(example).containsEntry("DECISION", "reclassify").containsEntry("CORRECT", false)
          .containsEntry("CORRECTED_LABEL", "Negative").containsEntry("CORRECTED_TOPIC", "Integration failure")
          .containsEntry("REVIEW_COMMENT", "Annoyed, not leaving");
      assertThat((String) example.get("SCORED_TOPICS")).contains("Churn threat");
    });
  }

  @Test
  void probationAlertsAtOnceAndAuditsEveryEscalationInTheFirstWeek() throws Exception {
    stage(RolloutStage.PROBATION);
    rollout.nextDraw = 0.99;

    ProcessInstance instance = receiveAndAlert("B-1");

    BpmnAwareTests.assertThat(instance).hasNotPassed(REVIEW_ESCALATION).isWaitingAt(AUDIT_ESCALATION);
    assertThat(sentAlert().unreviewed()).isFalse();
    BpmnAwareTests.assertThat(task()).hasCandidateGroup(TicketTriageProcess.Groups.SUPERVISORS);
    assertThat(task().getName()).isEqualTo("Audit automated escalation — Acme Corp: Export (Critical)");
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task().getId())) {
      assertThat(new ObjectMapper().readTree(form).get("id").asText()).isEqualTo(TicketTriageProcess.AUDIT_FORM_KEY);
    }

    complete(task(), withVariables("reviewDecision", "dismiss"));
    execute(job());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(ESCALATION_AUDITED);
    assertThat(labelledExamples()).singleElement().satisfies(example ->
        assertThat(example).containsEntry("KIND", "AUDIT").containsEntry("CORRECT", false));
  }

  @Test
  void probationAfterTheFirstWeekAuditsAQuarter() {
    stage(RolloutStage.PROBATION);
    clock.advance(Duration.ofDays(8));

    rollout.nextDraw = 0.24;
    ProcessInstance sampled = receiveAndAlert("B-2");
    BpmnAwareTests.assertThat(sampled).isWaitingAt(AUDIT_ESCALATION);

    rollout.nextDraw = 0.25;
    ProcessInstance notSampled = receiveAndAlert("B-3");
    BpmnAwareTests.assertThat(notSampled).isEnded().hasPassed(CS_OWNER_ALERTED).hasNotPassed(AUDIT_ESCALATION);
  }

  @Test
  void automatedAlertsAtOnceAndAuditsFivePercent() {
    automate();

    rollout.nextDraw = 0.049;
    ProcessInstance sampled = receiveAndAlert("C-1");
    BpmnAwareTests.assertThat(sampled).isWaitingAt(AUDIT_ESCALATION);

    rollout.nextDraw = 0.05;
    ProcessInstance notSampled = receiveAndAlert("C-2");
    BpmnAwareTests.assertThat(notSampled).isEnded().hasPassed(CS_OWNER_ALERTED).hasNotPassed(AUDIT_ESCALATION);
  }

  /**
   * A process admin's edit that leaves the recommended action of the deciding rule empty: the ticket carries the
   * configured default for its severity, so the supervisor reviewing it and the CS owner alerted after the review
   * or without one read the same text.
   */
  @Test
  void aGateRuleWithoutARecommendedActionGivesTheSeverityDefaultWithAndWithoutReview() throws Exception {
    String table = GateFixtures.shippedTable();
    String withoutActions = table.replaceAll("(_RecommendedAction\"><text>)[^<]*(</text>)", "$1$2");
    assertThat(withoutActions).isNotEqualTo(table);
    String deployment = GateFixtures.deploy(repositoryService(), "gate without recommended actions", withoutActions);
    try {
      ProcessInstance reviewed = receive("D-1");
      BpmnAwareTests.assertThat(reviewed).isWaitingAt(REVIEW_ESCALATION);
      String severity = TriageVariables.SEVERITY.find(runtimeService().getVariables(reviewed.getId())).orElseThrow();
      String configured = AlertDelegates.PROPERTIES.recommendedActionFor(severity);
      assertThat(configured).as("configured for " + severity).isNotBlank();
      BpmnAwareTests.assertThat(reviewed).variables().containsEntry("recommendedAction", configured);
      complete(task(), withVariables("reviewDecision", "confirm"));
      execute(job());
      execute(job());
      execute(job()); // post the alert to chat
      BpmnAwareTests.assertThat(reviewed).isEnded().hasPassed(CS_OWNER_ALERTED);

      automate();
      rollout.nextDraw = 0.99;
      ProcessInstance automated = receiveAndAlert("D-2");
      BpmnAwareTests.assertThat(automated).isEnded().hasPassed(CS_OWNER_ALERTED).hasNotPassed(REVIEW_ESCALATION);

      ArgumentCaptor<CsAlert> alerts = ArgumentCaptor.forClass(CsAlert.class);
      verify(mailer, times(2)).send(alerts.capture());
      assertThat(alerts.getAllValues()).extracting(CsAlert::recommendedAction).containsExactly(configured, configured);
    } finally {
      repositoryService().deleteDeployment(deployment, true);
    }
  }

  // ---- timers ------------------------------------------------------------------------------------------------

  @Test
  void theReviewTimerFiresAtTheDueDateWhenTheEngineClockGetsThere() {
    ProcessInstance instance = receive("T-0");
    Date due = task().getDueDate();

    ClockUtil.setCurrentTime(Date.from(due.toInstant().minusSeconds(1)));
    assertThat(jobQuery().timers().executable().count()).isZero();
    ClockUtil.setCurrentTime(due);
    assertThat(jobQuery().timers().executable().activityId(REVIEW_OVERDUE).count()).isEqualTo(1);
    assertThat(jobQuery().timers().executable().activityId(REVIEW_LONG_OVERDUE).count()).isZero();
    BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
  }

  @Test
  void anOverdueReviewAddsCsManagersAsCandidatesAndMailsTheManagerWhileTheTaskStaysOpen() {
    ProcessInstance instance = receive("T-1");

    execute(job(REVIEW_OVERDUE));
    execute(job(ESCALATE_OVERDUE_REVIEW));

    BpmnAwareTests.assertThat(instance).hasPassed(REVIEW_ESCALATED_TO_MANAGERS).isWaitingAt(REVIEW_ESCALATION);
    assertThat(taskService().getIdentityLinksForTask(task().getId())).extracting(IdentityLink::getGroupId)
        .contains(TicketTriageProcess.Groups.SUPERVISORS, TicketTriageProcess.Groups.CS_MANAGERS);
    SimpleMailMessage mail = managerMails(1).get(0);
    assertThat(mail.getTo()).containsExactly("morgan@cs.example");
    assertThat(mail.getSubject()).contains("Review overdue").contains("T-1");
    assertThat(task().getName()).as("Tasklist's card says so").startsWith("Review escalation (overdue) — Acme Corp: ");
    verify(mailer, never()).send(any());
  }

  /** Issue 16: the SLA in words, not ISO 8601, and a link that opens the task itself. */
  @Test
  void overdueMailsSayTheSlaInWordsAndLinkToTheTaskItself() {
    receive("T-5");
    String taskId = task().getId();

    execute(job(REVIEW_OVERDUE));
    execute(job(ESCALATE_OVERDUE_REVIEW));
    execute(job(REVIEW_LONG_OVERDUE));
    execute(job(REMIND_MANAGER));

    List<SimpleMailMessage> mails = managerMails(2);
    assertThat(mails.get(0).getText()).contains("has not been reviewed within its SLA of 4 hours.")
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId)
        .doesNotContain("PT4H");
    assertThat(mails.get(1).getText())
        .contains("has not been reviewed within twice its SLA of 4 hours (8 hours).")
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId)
        .doesNotContain("PT4H");
  }

  @Test
  void twiceTheSlaInAnAssistiveQueueRemindsTheManagerAgainAndSendsNothing() {
    ProcessInstance instance = receive("T-2");

    execute(job(REVIEW_LONG_OVERDUE));
    execute(job(REMIND_MANAGER));

    BpmnAwareTests.assertThat(instance).hasPassed(MANAGER_REMINDED).hasNotPassed(ALERT_CS_OWNER_UNREVIEWED)
        .isWaitingAt(REVIEW_ESCALATION);
    assertThat(managerMails(1).get(0).getSubject()).contains("Reminder");
    verify(mailer, never()).send(any());
  }

  @Test
  void twiceTheSlaInAQueuePromotedMeanwhileSendsTheAlertMarkedUnreviewedAndKeepsTheTask() {
    ProcessInstance instance = receive("T-3");
    stage(RolloutStage.PROBATION);

    execute(job(REVIEW_LONG_OVERDUE));
    execute(job(ALERT_CS_OWNER_UNREVIEWED));
    execute(job(POST_UNREVIEWED_ALERT_TO_CHAT));

    BpmnAwareTests.assertThat(instance).hasPassed(UNREVIEWED_ALERT_SENT).isWaitingAt(REVIEW_ESCALATION);
    CsAlert alert = sentAlert();
    assertThat(alert.unreviewed()).isTrue();
    assertThat(alert.mailSubject()).startsWith("[Not reviewed in time]");
    assertThat(alert.idempotencyKey()).endsWith(ALERT_CS_OWNER_UNREVIEWED);

    // The late review is recorded, but the owner is not alerted a second time.
    complete(task(), withVariables("reviewDecision", "confirm"));
    execute(job());
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(REVIEW_RECORDED).hasNotPassed(CS_OWNER_ALERTED);
    verify(mailer, times(1)).send(any());
    assertThat(labelledExamples()).hasSize(1);
  }

  @Test
  void theUnreviewedAlertIsPostedToChatAfterTheMailAndBeforeTheFollowThroughOpens() {
    ChatWebhooks webhooks = mock(ChatWebhooks.class);
    when(webhooks.forOwner(ACME.csOwnerEmail())).thenReturn(Optional.of("https://chat.example/hooks/dana"));
    ChatAlertPoster poster = mock(ChatAlertPoster.class);
    AlertDelegates.register(accounts, SCORER, mailer, webhooks, poster, sentAlerts, clock);
    List<String> followThroughs = new ArrayList<>();
    Mocks.register(Beans.OPEN_CS_FOLLOW_THROUGH,
        (JavaDelegate) execution -> followThroughs.add(execution.getCurrentActivityId()));
    ProcessInstance instance = receive("T-6");
    stage(RolloutStage.PROBATION);

    execute(job(REVIEW_LONG_OVERDUE));
    execute(job(ALERT_CS_OWNER_UNREVIEWED));

    // The mail is sent; the chat post is a job of its own, and the follow-through waits for it.
    assertThat(sentAlert().unreviewed()).isTrue();
    verify(poster, never()).post(any(), any());
    assertThat(followThroughs).isEmpty();

    execute(job(POST_UNREVIEWED_ALERT_TO_CHAT));

    ArgumentCaptor<CsAlert> posted = ArgumentCaptor.forClass(CsAlert.class);
    verify(poster).post(eq(URI.create("https://chat.example/hooks/dana")), posted.capture());
    assertThat(posted.getValue().unreviewed()).isTrue();
    assertThat(posted.getValue().idempotencyKey()).endsWith(POST_UNREVIEWED_ALERT_TO_CHAT);
    assertThat(followThroughs).containsExactly(OPEN_CS_FOLLOW_THROUGH_UNREVIEWED);
    BpmnAwareTests.assertThat(instance).hasPassedInOrder(ALERT_CS_OWNER_UNREVIEWED, POST_UNREVIEWED_ALERT_TO_CHAT,
        OPEN_CS_FOLLOW_THROUGH_UNREVIEWED, UNREVIEWED_ALERT_SENT).isWaitingAt(REVIEW_ESCALATION);
  }

  @Test
  void aFridayEveningTicketIsDueOnMondayMorningWithTheBusinessHoursCalendar() {
    Mocks.reset();
    register(BusinessHours.of(ZoneOffset.UTC, LocalTime.of(8, 0), LocalTime.of(18, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    clock.set(Instant.parse("2026-11-06T17:30:00Z"));

    receive("T-4");

    // PT4H: 30 minutes on Friday, 3.5 hours on Monday; twice that: 7.5 hours on Monday.
    assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-09T11:30:00Z")));
    assertThat(job(REVIEW_OVERDUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-09T11:30:00Z")));
    assertThat(job(REVIEW_LONG_OVERDUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-09T15:30:00Z")));
  }

  // ---- graduation and demotion -------------------------------------------------------------------------------

  private void seedAudits(int correct, int wrong) {
    Instant at = clock.instant();
    for (int i = 0; i < correct + wrong; i++) {
      rollout.jdbc.update("""
          insert into labelled_example (business_key, process_instance_id, queue, kind, decision, correct, judged_at)
          values (?, 'seed', ?, 'AUDIT', ?, ?, ?)""", "seed:" + i, QUEUE, i < correct ? "confirm" : "dismiss",
          i < correct, Timestamp.from(at.plusSeconds(i)));
    }
    clock.advance(Duration.ofMinutes(5));
  }

  @Test
  void probationGraduatesWhenTheFiftiethAuditKeepsPrecisionAtTarget() {
    stage(RolloutStage.PROBATION);
    clock.advance(Duration.ofMinutes(1));
    seedAudits(44, 5);
    rollout.nextDraw = 0.0;
    receiveAndAlert("G-1");

    complete(task(), withVariables("reviewDecision", "confirm"));
    execute(job());

    assertThat(rollout.rollout.stageOf(QUEUE).stage()).isEqualTo(RolloutStage.AUTOMATED);
    StageChange change = rollout.rollout.history(QUEUE).get(0);
    assertThat(change.changedBy()).isEqualTo(StageChange.SYSTEM);
    assertThat(change.from()).isEqualTo(RolloutStage.PROBATION);
    assertThat(change.precision()).isEqualTo(0.90);
    assertThat(change.judged()).isEqualTo(50);
    assertThat(change.reason()).contains("graduation");
    verify(rollout.rolloutMailer, never()).sendDemotion(any());
  }

  @Test
  void probationDoesNotGraduateBelowTarget() {
    stage(RolloutStage.PROBATION);
    clock.advance(Duration.ofMinutes(1));
    seedAudits(44, 5);
    rollout.nextDraw = 0.0;
    receiveAndAlert("G-2");

    complete(task(), withVariables("reviewDecision", "dismiss"));
    execute(job());

    assertThat(rollout.rollout.stageOf(QUEUE).stage()).isEqualTo(RolloutStage.PROBATION);
    assertThat(rollout.rollout.precision(QUEUE).judged()).isEqualTo(50);
  }

  @Test
  void aTrustedQueueIsDemotedWhenPrecisionFallsBelowToleranceAndTheAdminsAreMailed() {
    automate();
    clock.advance(Duration.ofMinutes(1));
    seedAudits(8, 1);
    rollout.nextDraw = 0.0;
    receiveAndAlert("D-1");

    complete(task(), withVariables("reviewDecision", "dismiss"));
    execute(job());

    // 8 of 10 = 0.80 is not below the tolerance; one more false positive is.
    assertThat(rollout.rollout.stageOf(QUEUE).stage()).isEqualTo(RolloutStage.AUTOMATED);
    receiveAndAlert("D-2");
    complete(task(), withVariables("reviewDecision", "dismiss"));
    execute(job());

    assertThat(rollout.rollout.stageOf(QUEUE).stage()).isEqualTo(RolloutStage.ASSISTIVE);
    ArgumentCaptor<StageChange> demotion = ArgumentCaptor.forClass(StageChange.class);
    verify(rollout.rolloutMailer).sendDemotion(demotion.capture());
    assertThat(demotion.getValue().from()).isEqualTo(RolloutStage.AUTOMATED);
    assertThat(demotion.getValue().precision()).isEqualTo(8.0 / 11);
    assertThat(demotion.getValue().reason()).contains("demotion").contains("0.80");

    // Demoted: the next hit is reviewed before anything is sent.
    receive("D-3");
    assertThat(task().getTaskDefinitionKey()).isEqualTo(REVIEW_ESCALATION);
  }

  // ---- change of stage ---------------------------------------------------------------------------------------

  @Test
  void aStageChangeProcessAppliesTheChangeAndAuditsTheInitiator() {
    engine.getIdentityService().setAuthenticatedUserId("ada");
    try {
      runtimeService().startProcessInstanceByKey(RolloutStageChangeProcess.KEY, Map.of(
          "rolloutQueue", "billing", "newRolloutStage", "PROBATION", "stageChangeReason", "Gate rules tuned"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    assertThat(rollout.rollout.stageOf("billing").stage()).isEqualTo(RolloutStage.PROBATION);
    assertThat(rollout.rollout.history("billing")).singleElement().satisfies(change -> {
      assertThat(change.changedBy()).isEqualTo("ada");
      assertThat(change.from()).isEqualTo(RolloutStage.ASSISTIVE);
      assertThat(change.reason()).isEqualTo("Gate rules tuned");
      assertThat(change.changedAt()).isEqualTo(MONDAY_9);
    });
  }

  @Test
  void aStageChangeWithAnUnknownQueueOrStageChangesNothing() {
    engine.getIdentityService().setAuthenticatedUserId("ada");
    try {
      assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(RolloutStageChangeProcess.KEY, Map.of(
          "rolloutQueue", "nowhere", "newRolloutStage", "PROBATION", "stageChangeReason", "x")))
          .hasMessageContaining("Unknown rollout queue");
      assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(RolloutStageChangeProcess.KEY, Map.of(
          "rolloutQueue", "billing", "newRolloutStage", "TURBO", "stageChangeReason", "x")))
          .hasMessageContaining("Unknown rollout stage");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(rollout.rollout.history(null)).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  // ---- forms -------------------------------------------------------------------------------------------------

  @Test
  void theFormsAreDeployedWithTheProcessesAndEveryKeyIsAVariableTheTaskCanSee() throws Exception {
    ProcessInstance instance = receive("F-1");
    Map<String, Object> variables = runtimeService().getVariables(instance.getId());
    for (String key : formKeys(engine.getFormService().getDeployedTaskForm(task().getId()))) {
      if (!List.of("reviewDecision", "reviewComment", "reclassifiedLabel", "reclassifiedTopic").contains(key)) {
        assertThat(variables).as("review form field %s", key).containsKey(key);
      }
    }
    String changeDefinition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(RolloutStageChangeProcess.KEY).singleResult().getId();
    assertThat(formKeys(engine.getFormService().getDeployedStartForm(changeDefinition)))
        .containsExactly("rolloutQueue", "newRolloutStage", "stageChangeReason");
  }

  private static List<String> formKeys(InputStream form) throws Exception {
    try (form) {
      JsonNode json = new ObjectMapper().readTree(form);
      return json.findValues("key").stream().map(JsonNode::asText).toList();
    }
  }
}
