package com.sentimenttriage.survey;


import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Elements.ALERT_CS_OWNER;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Elements.COMMENT_LEFT_FOR_DIGEST;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Elements.CS_OWNER_ALERTED;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Elements.LOOK_UP_ACCOUNT;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Elements.NO_FOLLOW_UP_NEEDED;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Elements.OPEN_CS_FOLLOW_THROUGH;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Elements.SURVEY_COMMENT_RECEIVED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.LookUpAccountDelegate;
import com.sentimenttriage.accounts.SingleAccountDirectory;
import com.sentimenttriage.accounts.UnattachedTickets;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.alerting.CsAlert;
import com.sentimenttriage.alerting.CsAlertMailer;
import com.sentimenttriage.followthrough.FollowThroughProperties;
import com.sentimenttriage.followthrough.FollowThroughs;
import com.sentimenttriage.followthrough.OpenCsFollowThroughDelegate;
import com.sentimenttriage.records.ScoredTicket;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.scoring.RecordScoreDelegate;
import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.survey.SurveyCommentTriageProcess.Beans;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * The survey comment triage's three ends, with the real delegates behind its templated tasks (the real scorer, the
 * account lookup around one fake account, the alert adapter around a mocked mailer) and its real decision table.
 */
@Deployment(resources = {SurveyCommentTriageProcess.RESOURCE, SurveyCommentTriageProcess.GATE_RESOURCE})
class SurveyCommentTriageProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  private static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"),
      LocalDate.of(2026, 11, 30), 62, "Dana Whitfield", "dana@cs.example", "morgan@cs.example");
  private static final String ACME_RESPONDENT = "ops@acme.example";

  private static final String FRUSTRATED = "I have asked three times and still no answer. This is unacceptable: "
      + "the export has been broken since the update and we are reconsidering our renewal.";
  private static final String CALM = "Onboarding took a while, but the team answered our questions.";
  private static final String DELIGHTED = "Thanks a lot, the new dashboard works great and the team loves it!";

  private final CsAlertMailer mailer = mock(CsAlertMailer.class);
  private final UnattachedTickets unattachedTickets = mock(UnattachedTickets.class);
  private final ScoredTicketStore scoredTickets = mock(ScoredTicketStore.class);
  private final FollowThroughs followThroughs = mock(FollowThroughs.class);
  private final AccountDirectory accounts = new SingleAccountDirectory(ACME, ACME_RESPONDENT::equals);

  @BeforeEach
  void registerTheTemplatesDelegates() {
    // The Spring Boot tests in the same JVM run an engine too; the assertions must use this one.
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register(Beans.SCORE_TICKET, new ScoreTicketDelegate(SCORER));
    Mocks.register(Beans.LOOK_UP_ACCOUNT, new LookUpAccountDelegate(accounts, unattachedTickets, CLOCK));
    Mocks.register(Beans.RECORD_SCORE, new RecordScoreDelegate(scoredTickets, CLOCK));
    AlertDelegates.register(accounts, SCORER, mailer, mock(SentAlerts.class), CLOCK);
    // After the alert delegates, whose no-op follow-through it replaces: the survey's alert must open a real one.
    Mocks.register(Beans.OPEN_CS_FOLLOW_THROUGH,
        new OpenCsFollowThroughDelegate(followThroughs, FollowThroughProperties.defaults()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  /** Starts the instance as the webhook's facade does, and runs it to its end across the async steps. */
  private ProcessInstance receive(String responseId, SurveyScale scale, int score, String comment,
      String respondentEmail) {
    SurveyResponse response = new SurveyResponse(responseId, "Q4-relationship", scale, score, comment,
        respondentEmail, Instant.parse("2026-11-02T08:55:00Z"));
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(SurveyCommentTriageProcess.KEY,
        SurveyCommentTriageProcess.businessKey(responseId), SurveyCommentTriage.variables(response));
    assertThat(instance).isWaitingAt(SURVEY_COMMENT_RECEIVED);
    execute(job()); // scoring
    assertThat(instance).isWaitingAt(LOOK_UP_ACCOUNT);
    execute(job()); // the account lookup, its own job since a CRM may be slow or down
    return instance;
  }

  @Test
  void alertsTheCsOwnerWhenAPayingAccountsDetractorWritesAFrustratedComment() {
    ProcessInstance instance = receive("R-1", SurveyScale.NPS, 2, FRUSTRATED, ACME_RESPONDENT);

    assertThat(instance).isWaitingAt(ALERT_CS_OWNER);
    execute(job());

    assertThat(instance).isEnded().hasPassed(OPEN_CS_FOLLOW_THROUGH, CS_OWNER_ALERTED);
    ArgumentCaptor<FollowThroughs.HandOver> handedOver = ArgumentCaptor.forClass(FollowThroughs.HandOver.class);
    verify(followThroughs).open(handedOver.capture());
    org.assertj.core.api.Assertions.assertThat(handedOver.getValue().alertProcessInstanceId())
        .as("the alert mail's follow-through link names this instance").isEqualTo(instance.getId());
    org.assertj.core.api.Assertions.assertThat(handedOver.getValue().kind()).isEqualTo(FollowThroughKind.AT_RISK);
    org.assertj.core.api.Assertions.assertThat(handedOver.getValue().accountId()).isEqualTo(1L);
    org.assertj.core.api.Assertions.assertThat(handedOver.getValue().subject()).isEqualTo("NPS 2 survey comment");
    ArgumentCaptor<CsAlert> sent = ArgumentCaptor.forClass(CsAlert.class);
    verify(mailer).send(sent.capture());
    CsAlert alert = sent.getValue();
    org.assertj.core.api.Assertions.assertThat(alert.to().email()).isEqualTo("dana@cs.example");
    org.assertj.core.api.Assertions.assertThat(alert.severity()).isEqualTo("High");
    org.assertj.core.api.Assertions.assertThat(alert.ticket().id()).isEqualTo("R-1");
    org.assertj.core.api.Assertions.assertThat(alert.ticket().subject()).isEqualTo("NPS 2 survey comment");
    org.assertj.core.api.Assertions.assertThat(alert.account().name()).isEqualTo("Acme Corp");
    org.assertj.core.api.Assertions.assertThat(alert.scores().frustration()).isGreaterThanOrEqualTo(65);
    org.assertj.core.api.Assertions.assertThat(alert.escalationReason())
        .isEqualTo("Detractor with a frustrated comment from a paying account");
    ArgumentCaptor<ScoredTicket> recorded = ArgumentCaptor.forClass(ScoredTicket.class);
    verify(scoredTickets).record(recorded.capture(), any());
    org.assertj.core.api.Assertions.assertThat(recorded.getValue().escalationAction()).isEqualTo("ALERT");
  }

  @Test
  void alertsForADissatisfiedCsatAnswerToo() {
    ProcessInstance instance = receive("R-2", SurveyScale.CSAT, 1, FRUSTRATED, ACME_RESPONDENT);

    assertThat(instance).isWaitingAt(ALERT_CS_OWNER);
    execute(job());

    assertThat(instance).isEnded().hasPassed(CS_OWNER_ALERTED);
    verify(mailer).send(any());
  }

  @Test
  void leavesACalmDetractorsCommentForTheDigest() {
    ProcessInstance instance = receive("R-3", SurveyScale.NPS, 5, CALM, ACME_RESPONDENT);

    assertThat(instance).isEnded().hasPassed(COMMENT_LEFT_FOR_DIGEST).hasNotPassed(ALERT_CS_OWNER, OPEN_CS_FOLLOW_THROUGH);
    assertThat(instance).variables().containsEntry("surveyFollowUp", "DIGEST").containsEntry("accountName",
        "Acme Corp");
    verify(mailer, never()).send(any());
    // The weekly digest lists the scored-ticket table's DIGEST rows by the account's CS owner.
    ArgumentCaptor<ScoredTicket> recorded = ArgumentCaptor.forClass(ScoredTicket.class);
    ArgumentCaptor<ScoredTicketStore.Context> context = ArgumentCaptor.forClass(ScoredTicketStore.Context.class);
    verify(scoredTickets).record(recorded.capture(), context.capture());
    ScoredTicket row = recorded.getValue();
    org.assertj.core.api.Assertions.assertThat(row.businessKey()).isEqualTo("survey:R-3");
    org.assertj.core.api.Assertions.assertThat(row.source()).isEqualTo("survey");
    org.assertj.core.api.Assertions.assertThat(row.ticketId()).isEqualTo("R-3");
    org.assertj.core.api.Assertions.assertThat(row.accountId()).isEqualTo(1L);
    org.assertj.core.api.Assertions.assertThat(row.escalationAction()).isEqualTo("DIGEST");
    org.assertj.core.api.Assertions.assertThat(row.severity()).isEqualTo("Medium");
    org.assertj.core.api.Assertions.assertThat(context.getValue().queue()).as("no rollout queue for a survey").isNull();
    org.assertj.core.api.Assertions.assertThat(context.getValue().stage()).isNull();
    org.assertj.core.api.Assertions.assertThat(context.getValue().maskedText()).contains(CALM);
  }

  /** Without an account there is no revenue at stake: digest, and a CS manager is asked to link the respondent. */
  @Test
  void leavesAFrustratedDetractorWithoutAnAccountForTheDigest() {
    ProcessInstance instance = receive("R-4", SurveyScale.NPS, 0, FRUSTRATED, "someone@gmail.com");

    assertThat(instance).isEnded().hasPassed(COMMENT_LEFT_FOR_DIGEST).hasNotPassed(ALERT_CS_OWNER, OPEN_CS_FOLLOW_THROUGH);
    assertThat(instance).variables().containsEntry("accountFound", false).containsEntry("surveyFollowUp", "DIGEST");
    verify(unattachedTickets).requestLink(eq("survey:R-4"), eq("someone@gmail.com"), anyString(), eq(FRUSTRATED),
        any());
    verify(mailer, never()).send(any());
  }

  @Test
  void doesNothingForAPromotersDelightedComment() {
    ProcessInstance instance = receive("R-5", SurveyScale.NPS, 10, DELIGHTED, ACME_RESPONDENT);

    assertThat(instance).isEnded().hasPassed(NO_FOLLOW_UP_NEEDED).hasNotPassed(COMMENT_LEFT_FOR_DIGEST);
    assertThat(instance).variables().containsEntry("surveyFollowUp", "NONE");
    verify(mailer, never()).send(any());
    verify(scoredTickets, never()).record(any(), any());
  }
}
