package com.sentimenttriage.triage;

import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ADVOCACY_OPPORTUNITY_OPENED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ALERT_CS_OWNER;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.OPEN_ADVOCACY_OPPORTUNITY;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.OPEN_CS_FOLLOW_THROUGH;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.CS_OWNER_ALERTED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ESCALATION_DISMISSED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_ESCALATION;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.TICKET_RECEIVED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.TICKET_SCORED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.SingleAccountDirectory;
import com.sentimenttriage.accounts.LookUpAccountDelegate;
import com.sentimenttriage.accounts.UnattachedTickets;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.alerting.CsAlert;
import com.sentimenttriage.alerting.CsAlertMailer;
import com.sentimenttriage.alerting.MailParts;
import com.sentimenttriage.followthrough.FollowThroughs;
import com.sentimenttriage.followthrough.OpenCsFollowThroughDelegate;
import com.sentimenttriage.followthrough.FollowThroughProperties;
import com.sentimenttriage.records.ScoredTicket;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.scoring.RecordScoreDelegate;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import com.sentimenttriage.gating.GateFixtures;
import com.sentimenttriage.review.BusinessHours;
import com.sentimenttriage.learning.ApplyLearnedCorrectionDelegate;
import com.sentimenttriage.learning.LearnedCorrection;
import com.sentimenttriage.review.RecordReviewOutcomeDelegate;
import com.sentimenttriage.review.ReviewRolloutFixture;
import com.sentimenttriage.rollout.RolloutProperties;
import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Every path of the triage process, with the real delegates, the real scorer and the real gate table around
 * fake accounts, a mocked score store and a mocked mailer.
 */
@Deployment(resources = {TicketTriageProcess.RESOURCE, TicketTriageProcess.GATE_RESOURCE,
    TicketTriageProcess.REVIEW_FORM_RESOURCE, TicketTriageProcess.AUDIT_FORM_RESOURCE,
    TicketTriageProcess.QUEUE_ROUTING_RESOURCE, TicketTriageProcess.ROUTE_RESOURCE})
class TicketTriageProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  private static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"),
      LocalDate.of(2026, 11, 30), 62, "Dana Whitfield", "dana@cs.example", "morgan@cs.example");

  private static final String ANGRY = "I have asked three times and still no answer. This is unacceptable: "
      + "the export has been broken since the update and we are reconsidering our renewal.";
  private static final String HAPPY = "Thanks a lot, the new dashboard works great and the team loves it!";

  private final ScoredTicketStore scoreStore = mock(ScoredTicketStore.class);
  /** No promoted model: the rules' scores pass unchanged (the correction has its own tests). */
  private final LearnedCorrection noLearnedModel = mock(LearnedCorrection.class);
  private final CsAlertMailer mailer = mock(CsAlertMailer.class);
  private final SentAlerts sentAlerts = mock(SentAlerts.class);
  private final AccountDirectory accounts = new SingleAccountDirectory(ACME, "ops@acme.example"::equals);

  @BeforeEach
  void registerDelegates() {
    // The Spring Boot tests in the same JVM run an engine too; the assertions must use this one.
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register(Beans.SCORE_TICKET, new ScoreTicketDelegate(SCORER));
    Mocks.register(Beans.LOOK_UP_ACCOUNT, new LookUpAccountDelegate(accounts, mock(UnattachedTickets.class), CLOCK));
    GateFixtures.register(CLOCK);
    Mocks.register(Beans.APPLY_LEARNED_CORRECTION, new ApplyLearnedCorrectionDelegate(noLearnedModel));
    Mocks.register(Beans.RECORD_SCORE, new RecordScoreDelegate(scoreStore, CLOCK));
    // Issue 6: review and rollout around a fresh database; every queue starts in the default stage, ASSISTIVE.
    ReviewRolloutFixture rollout = new ReviewRolloutFixture(RolloutProperties.defaults(), BusinessHours.alwaysOpen(),
        accounts, CLOCK);
    rollout.registerDelegates();
    Mocks.register(Beans.RECORD_REVIEW_OUTCOME, new RecordReviewOutcomeDelegate(scoreStore, rollout.judgements,
        CLOCK));
    AlertDelegates.register(accounts, SCORER, mailer, sentAlerts, CLOCK);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance receive(String ticketId, String text, String requesterEmail) {
    ProcessInstance instance = ReceivedTicket.start(ticketId, text, requesterEmail);
    assertThat(instance).isWaitingAt(TICKET_RECEIVED);
    execute(job());
    execute(job()); // the account lookup, its own job since a CRM may be slow or down
    return instance;
  }

  @Test
  void recordsTheScoreOnlyWhenTheGateSaysLog() {
    ProcessInstance instance = receive("T-1", HAPPY, "someone@gmail.com");

    assertThat(instance).isEnded().hasPassed(TICKET_SCORED).hasNotPassed(REVIEW_ESCALATION);
    assertThat(instance).variables().containsEntry("escalationAction", "LOG").containsEntry("accountFound", false);
    ArgumentCaptor<ScoredTicket> stored = ArgumentCaptor.forClass(ScoredTicket.class);
    verify(scoreStore).record(stored.capture(), any());
    org.assertj.core.api.Assertions.assertThat(stored.getValue().businessKey()).isEqualTo("generic:T-1");
    verify(mailer, never()).send(any());
  }

  @Test
  void alertsTheOwnerWhenASupervisorConfirmsAnAngryTicketFromAPayingAccount() {
    ProcessInstance instance = receive("T-2", ANGRY, "ops@acme.example");

    assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    assertThat(task()).hasCandidateGroup(TicketTriageProcess.Groups.SUPERVISORS);
    assertThat(instance).variables()
        .containsEntry("escalationAction", "ALERT")
        .containsEntry("accountName", "Acme Corp")
        .containsEntry("daysToRenewal", 28);

    complete(task(), withVariables("reviewDecision", "confirm", "reviewComment", "Call them today"));
    execute(job());
    assertThat(instance).isWaitingAt(ALERT_CS_OWNER);
    execute(job());
    execute(job());

    assertThat(instance).isEnded().hasPassed(CS_OWNER_ALERTED);
    verify(scoreStore).recordReview(eq("generic:T-2"), eq("confirm"), eq("Call them today"), any());
    ArgumentCaptor<CsAlert> alert = ArgumentCaptor.forClass(CsAlert.class);
    verify(mailer).send(alert.capture());
    org.assertj.core.api.Assertions.assertThat(alert.getValue().to().email()).isEqualTo("dana@cs.example");
    org.assertj.core.api.Assertions.assertThat(alert.getValue().mailSubject())
        .startsWith("[Critical] Acme Corp").endsWith("(Renewal in 28 days)");
    verify(sentAlerts).record(eq(alert.getValue().idempotencyKey()), eq(alert.getValue().processInstanceId()),
        eq(SentAlerts.EMAIL), eq("[EMAIL]@cs.example"), eq(alert.getValue().mailSubject()), any());
  }

  @Test
  void theOwnerReadsExactlyTheRiskFactorsTheGateWroteAndTheSupervisorConfirmed() throws Exception {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(smtp.getSmtp().getPort());
    AlertDelegates.register(accounts, SCORER, new CsAlertMailer(sender, AlertDelegates.PROPERTIES), sentAlerts,
        CLOCK);
    ProcessInstance instance = receive("T-4", ANGRY, "ops@acme.example");
    String gateFactors = TriageVariables.RISK_FACTORS.find(runtimeService().getVariables(instance.getId()))
        .orElseThrow();
    // ACME renews on 2026-11-30, 28 days after CLOCK: the gate names it, so the comparison below is not vacuous.
    org.assertj.core.api.Assertions.assertThat(gateFactors).contains("Renewal in 28 days");

    complete(task(), withVariables("reviewDecision", "confirm"));
    execute(job());
    execute(job());

    assertThat(instance).hasPassed(ALERT_CS_OWNER);
    String text = MailParts.part(smtp.getReceivedMessages()[0], "text/plain");
    // The process tests' account signals know no health history, so the alert adds nothing of its own; it only
    // names the MRR's currency, which the gate leaves out.
    org.assertj.core.api.Assertions.assertThat(MailParts.riskFactors(text))
        .containsExactlyElementsOf(List.of(gateFactors.replace("MRR 4,200", "MRR 4,200 USD").split("\n")));
  }

  @Test
  void sendsNothingWhenTheSupervisorDismissesTheEscalation() {
    ProcessInstance instance = receive("T-3", ANGRY, "ops@acme.example");

    complete(task(), withVariables("reviewDecision", "dismiss"));
    execute(job());

    assertThat(instance).isEnded().hasPassed(ESCALATION_DISMISSED).hasNotPassed(ALERT_CS_OWNER);
    verify(scoreStore).recordReview(eq("generic:T-3"), eq("dismiss"), eq(null), any());
    verify(mailer, never()).send(any());
  }

  @Test
  void aPromoterFromAHealthyAccountBecomesAnAdvocacyOpportunityAndIsNeverAlerted() {
    healthyAccountOfItGlobex();
    FollowThroughs followThroughs = mock(FollowThroughs.class);
    Mocks.register(Beans.OPEN_CS_FOLLOW_THROUGH, new OpenCsFollowThroughDelegate(followThroughs,
        FollowThroughProperties.defaults()));

    ProcessInstance instance = receive("T-5", HAPPY, "it@globex.example");

    assertThat(instance).isEnded().hasPassed(OPEN_ADVOCACY_OPPORTUNITY, ADVOCACY_OPPORTUNITY_OPENED)
        .hasNotPassed(REVIEW_ESCALATION, ALERT_CS_OWNER);
    assertThat(instance).variables().containsEntry("escalationAction", "ADVOCACY")
        .containsEntry("sentimentLabel", "Promoter");
    ArgumentCaptor<FollowThroughs.HandOver> handOver = ArgumentCaptor.forClass(FollowThroughs.HandOver.class);
    verify(followThroughs).open(handOver.capture());
    org.assertj.core.api.Assertions.assertThat(handOver.getValue().kind()).isEqualTo(FollowThroughKind.ADVOCACY);
    org.assertj.core.api.Assertions.assertThat(handOver.getValue().accountId()).isEqualTo(2L);
    verify(mailer, never()).send(any());
  }

  /** Issue 18: with triage.follow-through.advocacy=digest the promoter opens no task; the weekly digest lists it. */
  @Test
  void aPromoterOpensNoTaskWhenAdvocacyGoesToTheDigest() {
    healthyAccountOfItGlobex();
    FollowThroughs followThroughs = mock(FollowThroughs.class);
    FollowThroughProperties digest = new FollowThroughProperties(java.time.Duration.ofHours(24),
        java.time.Duration.ofHours(17), 30, FollowThroughProperties.Advocacy.DIGEST, false);
    Mocks.register(Beans.OPEN_CS_FOLLOW_THROUGH, new OpenCsFollowThroughDelegate(followThroughs, digest));

    ProcessInstance instance = receive("T-7", HAPPY, "it@globex.example");

    assertThat(instance).isEnded().hasPassed(ADVOCACY_OPPORTUNITY_OPENED).hasNotPassed(ALERT_CS_OWNER);
    assertThat(instance).variables().containsEntry("escalationAction", "ADVOCACY");
    verify(followThroughs, never()).open(any());
    verify(mailer, never()).send(any());
  }

  /** Globex Logistics, a healthy account, is the one it@globex.example writes from. */
  private void healthyAccountOfItGlobex() {
    Account healthy = new Account(2, "Globex Logistics", "Business", new BigDecimal("1850"),
        LocalDate.of(2027, 4, 1), 81, "Ravi Menon", "ravi@cs.example", "morgan@cs.example");
    Mocks.register(Beans.LOOK_UP_ACCOUNT, new LookUpAccountDelegate(
        new SingleAccountDirectory(healthy, "it@globex.example"::equals), mock(UnattachedTickets.class), CLOCK));
  }

  @Test
  void theAlertIsHandedToTheOwnersFollowThroughOnceItWentOut() {
    FollowThroughs followThroughs = mock(FollowThroughs.class);
    Mocks.register(Beans.OPEN_CS_FOLLOW_THROUGH, new OpenCsFollowThroughDelegate(followThroughs,
        FollowThroughProperties.defaults()));
    ProcessInstance instance = receive("T-6", ANGRY, "ops@acme.example");

    complete(task(), withVariables("reviewDecision", "confirm"));
    execute(job());
    execute(job());
    execute(job());

    assertThat(instance).hasPassed(ALERT_CS_OWNER, OPEN_CS_FOLLOW_THROUGH);
    ArgumentCaptor<FollowThroughs.HandOver> handOver = ArgumentCaptor.forClass(FollowThroughs.HandOver.class);
    verify(followThroughs).open(handOver.capture());
    org.assertj.core.api.Assertions.assertThat(handOver.getValue().kind()).isEqualTo(FollowThroughKind.AT_RISK);
    org.assertj.core.api.Assertions.assertThat(handOver.getValue().alertProcessInstanceId())
        .isEqualTo(instance.getId());
    org.assertj.core.api.Assertions.assertThat(handOver.getValue().variables()).containsEntry("severity", "Critical")
        .doesNotContainKeys("ticketText", "requesterEmail");
  }
}

