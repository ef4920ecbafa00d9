package com.sentimenttriage.followthrough;

import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.ACT_ON_ACCOUNT;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.ANOTHER_ALERT_NOTED;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.ALERT_SENT;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.CS_MANAGER_ESCALATED;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.CS_OWNER_REMINDED;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.FOLLOW_THROUGH_CLOSED;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.FOLLOW_UP_DATE_REACHED;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.PLAYBOOK_STEP_DUE;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.REMIND_CS_OWNER;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.ESCALATE_TO_CS_MANAGER;
import static com.sentimenttriage.followthrough.CsFollowThroughProcess.Elements.STILL_OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.SingleAccountDirectory;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.followthrough.CsFollowThroughProcess.Beans;
import com.sentimenttriage.records.FollowThroughRecords.Opened;
import com.sentimenttriage.records.FollowThroughRecords.Outcome;
import com.sentimenttriage.records.FollowThroughRecords;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import com.sentimenttriage.triage.TriageVariables.FollowThroughOutcome;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Every path of cs-follow-through.bpmn with the real delegates, the real playbook table and the engine's own
 * identity service, around a mocked record store and mailer. Timers are fired by executing their jobs.
 */
@Deployment(resources = {CsFollowThroughProcess.RESOURCE, CsFollowThroughProcess.PLAYBOOK_RESOURCE,
    CsFollowThroughProcess.FORM_RESOURCE})
class CsFollowThroughProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"), null,
      LocalDate.of(2026, 11, 30), 62, "Dana Whitfield", "dana@cs.example", "Morgan Lee", "morgan@cs.example");

  private final FollowThroughRecords records = mock(FollowThroughRecords.class);
  private final FollowThroughMailer mailer = mock(FollowThroughMailer.class);
  private FollowThroughs followThroughs;

  @BeforeEach
  void registerDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    IdentityService identity = engine.getProcessEngine().getIdentityService();
    Group owners = identity.newGroup(CsFollowThroughProcess.Groups.CS_OWNERS);
    identity.saveGroup(owners);
    User dana = identity.newUser("dana");
    dana.setEmail("dana@cs.example");
    identity.saveUser(dana);
    identity.createMembership("dana", CsFollowThroughProcess.Groups.CS_OWNERS);

    when(records.followThroughOf(any())).thenReturn(Optional.empty());
    when(records.openOrClaim(anyLong(), any())).thenReturn(Optional.empty());
    SingleAccountDirectory accounts = new SingleAccountDirectory(ACME, "ops@acme.example"::equals);
    followThroughs = new FollowThroughs(runtimeService(), taskService(), managementService(), records, CLOCK);
    FollowThroughNotices notices = new FollowThroughNotices(accounts, followThroughs, mailer, records,
        AlertDelegates.PROPERTIES, CLOCK);
    Mocks.register(Beans.PREPARE_FOLLOW_THROUGH, new PrepareFollowThroughDelegate(accounts, new CsOwners(identity),
        AlertDelegates.PROPERTIES));
    Mocks.register(Beans.SCHEDULE_PLAYBOOK, new SchedulePlaybookDelegate(FollowThroughProperties.defaults(),
        FollowThroughCalendar.aroundTheClock(), CLOCK));
    Mocks.register(Beans.ASSIGN_CS_OWNER, new AssignCsOwnerListener());
    Mocks.register(Beans.REMIND_CS_OWNER, new RemindCsOwnerDelegate(notices));
    Mocks.register(Beans.ESCALATE_TO_CS_MANAGER, new EscalateFollowThroughDelegate(notices));
    Mocks.register(Beans.NOTE_ANOTHER_ALERT, new NoteAnotherAlertDelegate(followThroughs));
    Mocks.register(Beans.RECORD_OUTCOME, new RecordFollowThroughOutcomeDelegate(records,
        FollowThroughProperties.defaults(), FollowThroughCalendar.aroundTheClock(), CLOCK));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    IdentityService identity = engine.getProcessEngine().getIdentityService();
    identity.deleteUser("dana");
    identity.deleteGroup(CsFollowThroughProcess.Groups.CS_OWNERS);
  }

  private static FollowThroughs.HandOver alert(String alertInstanceId, FollowThroughKind kind, String severity,
      String topics) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("source", "generic");
    variables.put("ticketId", "T-1001");
    variables.put("subject", "Export broken again");
    variables.put("accountId", 1L);
    variables.put("accountName", "Acme Corp");
    variables.put("csOwnerName", "Dana Whitfield");
    variables.put("severity", severity);
    variables.put("topics", topics);
    variables.put("escalationReason", "Churn threat from a paying account");
    variables.put("riskFactors", "Renewal in 28 days\nMRR 4,200");
    variables.put("recommendedAction", "Book a call within 24 hours");
    variables.put("sentimentLabel", "Urgent");
    variables.put("frustration", 86);
    variables.put("daysToRenewal", 28);
    return new FollowThroughs.HandOver(alertInstanceId, "generic:T-1001", kind, 1L, "Acme Corp",
        "Export broken again", severity, topics, 28, NOW.minusSeconds(60), variables);
  }

  private ProcessInstance open(FollowThroughs.HandOver handOver) {
    String id = followThroughs.open(handOver).followThroughInstanceId();
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt(ALERT_SENT);
    execute(job());
    return instance;
  }

  private static Task task(ProcessInstance instance) {
    return taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  private static Map<String, Object> outcome(String outcome, String reason, String followUpDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("followThroughOutcome", outcome);
    variables.put("noActionReason", reason);
    variables.put("followUpDate", followUpDate);
    return variables;
  }

  @Test
  void givesTheOwnerATaskWithTheAlertTheTicketLinkAndTheCriticalProductPlaybook() {
    ProcessInstance instance = open(alert("alert-1", FollowThroughKind.AT_RISK, "Critical",
        "Core workflow failure, Churn threat"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(ACT_ON_ACCOUNT);
    Task task = task(instance);
    assertThat(task.getName()).isEqualTo("Act on at-risk account — Acme Corp: Export broken again (Critical)");
    assertThat(task.getDueDate()).isEqualTo(Date.from(NOW.plusSeconds(2 * 3600)));
    assertThat(taskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId,
        IdentityLink::getGroupId).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("dana", null),
            org.assertj.core.groups.Tuple.tuple(null, "cs-managers"));
    Map<String, Object> shown = taskService().getVariables(task.getId());
    assertThat((String) shown.get("playbookSteps")).isEqualTo("""
        1. Acknowledge the customer's message — within 2 h, by Mon 2 Nov 11:00 UTC
        2. Loop in a product specialist — within 4 h, by Mon 2 Nov 13:00 UTC
        3. Book a call with the customer — within 24 h, by Tue 3 Nov 09:00 UTC
        4. Follow up on what was agreed — within 3 days, by Thu 5 Nov 09:00 UTC""");
    assertThat((String) shown.get("alertContent")).startsWith(
        "[Critical] Acme Corp — Export broken again (Renewal in 28 days)\nWhy: Churn threat from a paying account")
        .contains("- Renewal in 28 days").endsWith("Recommended action: Book a call within 24 hours");
    assertThat(shown).containsEntry("ticketLink", null).doesNotContainKey("playbook");
    ArgumentCaptor<Opened> opened = ArgumentCaptor.forClass(Opened.class);
    verify(records).opened(opened.capture());
    assertThat(opened.getValue().topic()).isEqualTo("Core workflow failure");
    assertThat(opened.getValue().alertedAt()).isEqualTo(NOW);
  }

  @Test
  void closesWhenTheOwnerRecordsAnOutcomeWithoutFollowUpDate() {
    ProcessInstance instance = open(alert("alert-2", FollowThroughKind.AT_RISK, "High", "Billing"));

    taskService().complete(task(instance).getId(), outcome("call-booked", null, null));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(FOLLOW_THROUGH_CLOSED);
    ArgumentCaptor<Outcome> recorded = ArgumentCaptor.forClass(Outcome.class);
    verify(records).recorded(recorded.capture());
    assertThat(recorded.getValue().outcome()).isEqualTo(FollowThroughOutcome.CALL_BOOKED);
    assertThat(recorded.getValue().alertProcessInstanceId()).isEqualTo("alert-2");
    assertThat(recorded.getValue().accountId()).isEqualTo(1L);
    verify(records).closed(instance.getId(), NOW);
    verify(mailer, never()).remind(any());
  }

  @Test
  void remindsTheOwnerAtTheDueTimeAndTellsTheManagerWhenStillOpenAPeriodLater() {
    ProcessInstance instance = open(alert("alert-3", FollowThroughKind.AT_RISK, "Critical", "Billing"));

    Job reminder = timer(instance, PLAYBOOK_STEP_DUE);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plusSeconds(2 * 3600)));
    execute(reminder);
    execute(job(REMIND_CS_OWNER, instance));
    ArgumentCaptor<FollowThroughMailer.Reminder> reminded = ArgumentCaptor.forClass(FollowThroughMailer.Reminder.class);
    verify(mailer).remind(reminded.capture());
    assertThat(reminded.getValue().to()).isEqualTo("dana@cs.example");
    assertThat(reminded.getValue().taskLink()).endsWith("/camunda/app/tasklist/default/#/?task=" + task(instance).getId());
    verify(mailer, never()).escalate(any());

    Job stillOpen = timer(instance, STILL_OPEN);
    assertThat(stillOpen.getDuedate()).isEqualTo(Date.from(NOW.plusSeconds(26 * 3600)));
    execute(stillOpen);
    execute(job(ESCALATE_TO_CS_MANAGER, instance));
    ArgumentCaptor<FollowThroughMailer.Escalation> escalated =
        ArgumentCaptor.forClass(FollowThroughMailer.Escalation.class);
    verify(mailer).escalate(escalated.capture());
    assertThat(escalated.getValue().to()).isEqualTo("morgan@cs.example");
    BpmnAwareTests.assertThat(instance).hasPassed(CS_OWNER_REMINDED, CS_MANAGER_ESCALATED).isWaitingAt(ACT_ON_ACCOUNT);
    verify(records).reminded(instance.getId(), NOW);
    verify(records).escalated(instance.getId(), NOW);
  }

  @Test
  void aFollowUpDateKeepsTheFollowThroughOpenAndBringsTheTaskBackThatDay() {
    ProcessInstance instance = open(alert("alert-4", FollowThroughKind.AT_RISK, "High", "Billing"));

    taskService().complete(task(instance).getId(), outcome("contacted", null, "2026-11-05"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(FOLLOW_UP_DATE_REACHED);
    verify(records, never()).closed(any(), any());
    Job followUp = timer(instance, FOLLOW_UP_DATE_REACHED);
    assertThat(followUp.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-05T00:00:00Z")));
    execute(followUp);

    Task again = task(instance);
    assertThat(again.getTaskDefinitionKey()).isEqualTo(ACT_ON_ACCOUNT);
    assertThat(again.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-05T17:00:00Z")));
    assertThat(taskService().getVariable(again.getId(), "followUpDate")).isNull();
    assertThat(timer(instance, PLAYBOOK_STEP_DUE).getDuedate()).isEqualTo(again.getDueDate());

    taskService().complete(again.getId(), outcome("resolved", null, null));
    BpmnAwareTests.assertThat(instance).isEnded();
    verify(records, org.mockito.Mockito.times(2)).recorded(any());
  }

  @Test
  void noActionNeededNeedsTheWhyAndIsKeptAsTheHintOfAFalsePositive() {
    ProcessInstance instance = open(alert("alert-5", FollowThroughKind.AT_RISK, "Medium", "General annoyance"));
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> taskService().complete(taskId, outcome("no-action-needed", " ", null)))
        .hasMessageContaining("Say why no action is needed");
    assertThatThrownBy(() -> taskService().complete(taskId, outcome("contacted", null, "2026-11-02")))
        .hasMessageContaining("must be after today");
    BpmnAwareTests.assertThat(instance).isWaitingAt(ACT_ON_ACCOUNT);

    taskService().complete(taskId, outcome("no-action-needed", "Customer was joking with us", null));
    ArgumentCaptor<Outcome> recorded = ArgumentCaptor.forClass(Outcome.class);
    verify(records).recorded(recorded.capture());
    assertThat(recorded.getValue().outcome().hintsFalsePositive()).isTrue();
    assertThat(recorded.getValue().noActionReason()).isEqualTo("Customer was joking with us");
    BpmnAwareTests.assertThat(instance).isEnded();
  }

  @Test
  void aSecondAlertForTheAccountJoinsTheOpenFollowThroughAndIsNotedOnItsTask() {
    ProcessInstance first = open(alert("alert-6", FollowThroughKind.AT_RISK, "High", "Billing"));
    when(records.openOrClaim(eq(1L), any())).thenReturn(Optional.of(first.getId()));

    FollowThroughs.Result second = followThroughs.open(alert("alert-7", FollowThroughKind.AT_RISK, "Critical",
        "Data integrity"));

    assertThat(second.joined()).isTrue();
    assertThat(second.followThroughInstanceId()).isEqualTo(first.getId());
    assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CsFollowThroughProcess.KEY).count()).isEqualTo(1);
    verify(records).joined(first.getId(), "alert-7");
    Task task = task(first);
    assertThat((String) taskService().getVariable(task.getId(), "additionalAlerts"))
        .isEqualTo("2 Nov 09:00 UTC: another alert (Critical) — Export broken again [generic:T-1001]");
    assertThat(taskService().getTaskComments(task.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("2 Nov 09:00 UTC: another alert (Critical) — Export broken again [generic:T-1001]");
    BpmnAwareTests.assertThat(first).hasPassed(ANOTHER_ALERT_NOTED).isWaitingAt(ACT_ON_ACCOUNT);
  }

  @Test
  void aSecondAlertAlsoJoinsWhileTheFollowThroughWaitsForItsFollowUpDate() {
    ProcessInstance first = open(alert("alert-8", FollowThroughKind.AT_RISK, "High", "Billing"));
    taskService().complete(task(first).getId(), outcome("acknowledged", null, "2026-11-04"));
    when(records.openOrClaim(eq(1L), any())).thenReturn(Optional.of(first.getId()));

    followThroughs.open(alert("alert-9", FollowThroughKind.AT_RISK, "High", "Billing"));

    BpmnAwareTests.assertThat(first).hasPassed(ANOTHER_ALERT_NOTED).isWaitingAt(FOLLOW_UP_DATE_REACHED);
    assertThat((String) runtimeService().getVariable(first.getId(), "additionalAlerts")).contains("another alert");
  }

  /**
   * Two alerts of one account at once (AlertsAtTheSameMomentTest, which CI saw fail once): the alert that lost the
   * account's slot joins inside its own job, the chat step's, while the follow-through's first job prepares the task.
   * Here that job commits just as the join asks whether it is still preparing. The alert's job must commit too: had
   * it read the follow-through before asking, it would go on with that stale read, correlate the message on the
   * prepared instance and fail on the engine's optimistic lock, to retry a minute later with its chat post.
   */
  @Test
  void anAlertJoiningInItsJobAsTheTaskIsPreparedCommitsAndIsNotedOnTheTask() {
    String followThrough = followThroughs.open(alert("alert-14", FollowThroughKind.AT_RISK, "High", "Billing"))
        .followThroughInstanceId();
    String preparing = managementService().createJobQuery().processInstanceId(followThrough).singleResult().getId();
    when(records.openOrClaim(eq(1L), any())).thenReturn(Optional.of(followThrough));
    AtomicBoolean prepared = new AtomicBoolean();
    // Taken on this thread: BpmnAwareTests finds its engine per thread, and another test's Spring Boot engine may
    // share the JVM.
    ManagementService management = managementService();
    ManagementService preparedMeanwhile = (ManagementService) Proxy.newProxyInstance(
        ManagementService.class.getClassLoader(), new Class<?>[] {ManagementService.class}, (proxy, method, args) -> {
          if (method.getName().equals("createJobQuery") && prepared.compareAndSet(false, true)) {
            // Another transaction, the job executor's thread (with the delegates, which Mocks holds per thread),
            // committing before the query reads.
            Map<String, Object> delegates = Mocks.getMocks();
            CompletableFuture.runAsync(() -> {
              delegates.forEach(Mocks::register);
              try {
                management.executeJob(preparing);
              } finally {
                Mocks.reset();
              }
            }).join();
          }
          return method.invoke(management, args);
        });
    FollowThroughs joining = new FollowThroughs(runtimeService(), taskService(), preparedMeanwhile, records, CLOCK);
    Mocks.register("joinAlert", (JavaDelegate) execution -> joining.open(alert("alert-15", FollowThroughKind.AT_RISK,
        "Critical", "Data integrity")));
    // The alert's step in a process of its own: the join runs in one job's transaction, as it does in the triage.
    String deployment = repositoryService().createDeployment().addModelInstance("alert-step.bpmn",
        Bpmn.createExecutableProcess("alert-step").camundaHistoryTimeToLive(1).startEvent().serviceTask()
            .camundaDelegateExpression("${joinAlert}").endEvent().done()).deploy().getId();
    try {
      runtimeService().startProcessInstanceByKey("alert-step");
    } finally {
      repositoryService().deleteDeployment(deployment, true);
    }

    assertThat(prepared).isTrue();
    verify(records).joined(followThrough, "alert-15");
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processInstanceId(followThrough)
        .singleResult();
    assertThat(taskService().getTaskComments(task(instance).getId())).extracting(c -> c.getFullMessage())
        .containsExactly("2 Nov 09:00 UTC: another alert (Critical) — Export broken again [generic:T-1001]");
    BpmnAwareTests.assertThat(instance).hasPassed(ANOTHER_ALERT_NOTED).isWaitingAt(ACT_ON_ACCOUNT);
  }

  @Test
  void anAlertWhoseOwnerIsNoTasklistUserGoesToTheCsManagersAlone() {
    engine.getProcessEngine().getIdentityService().deleteMembership("dana", CsFollowThroughProcess.Groups.CS_OWNERS);

    ProcessInstance instance = open(alert("alert-10", FollowThroughKind.AT_RISK, "High", "Billing"));

    assertThat(taskService().getIdentityLinksForTask(task(instance).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("cs-managers");
  }

  @Test
  void theStepsAreNumberedAsListedWhenAStepDoesNotApply() {
    ProcessInstance instance = open(alert("alert-13", FollowThroughKind.AT_RISK, "High", "Billing, Data integrity"));

    assertThat((String) taskService().getVariable(task(instance).getId(), "playbookSteps")).isEqualTo("""
        1. Acknowledge the customer's message — within 2 h, by Mon 2 Nov 11:00 UTC
        2. Book a call with the customer — within 24 h, by Tue 3 Nov 09:00 UTC
        3. Follow up on what was agreed — within 3 days, by Thu 5 Nov 09:00 UTC""");
  }

  @Test
  void aPromoterGetsTheAdvocacyPlaybook() {
    ProcessInstance instance = open(alert("alert-11", FollowThroughKind.ADVOCACY, "Low", "General annoyance"));

    Task task = task(instance);
    assertThat(task.getName()).isEqualTo("Advocacy opportunity — Acme Corp: Export broken again");
    assertThat((String) taskService().getVariable(task.getId(), "playbookSteps")).isEqualTo("""
        1. Thank the customer personally — within 24 h, by Tue 3 Nov 09:00 UTC
        2. Ask for a review or a referral — within 3 days, by Thu 5 Nov 09:00 UTC
        3. Note any expansion interest in the account plan — within 7 days, by Mon 9 Nov 09:00 UTC""");
  }

  @Test
  void handingTheSameAlertOverTwiceOpensOneFollowThrough() {
    ProcessInstance first = open(alert("alert-12", FollowThroughKind.AT_RISK, "High", "Billing"));
    when(records.followThroughOf("alert-12")).thenReturn(Optional.of(first.getId()));

    FollowThroughs.Result again = followThroughs.open(alert("alert-12", FollowThroughKind.AT_RISK, "High", "Billing"));

    assertThat(again.followThroughInstanceId()).isEqualTo(first.getId());
    assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CsFollowThroughProcess.KEY).count()).isEqualTo(1);
    verify(records, never()).joined(any(), any());
  }
}
