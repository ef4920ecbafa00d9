package com.sentimenttriage.intake;

import static org.mockito.Mockito.mock;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.CUSTOMER_REPLIED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.RESCORE_TICKET;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.REVIEW_ESCALATION;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.TICKET_RESCORED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.accounts.JdbcAccountDirectory;
import com.sentimenttriage.accounts.LookUpAccountDelegate;
import com.sentimenttriage.accounts.UnattachedTickets;
import com.sentimenttriage.review.BusinessHours;
import com.sentimenttriage.review.ReviewRolloutFixture;
import com.sentimenttriage.rollout.RolloutProperties;
import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.learning.ApplyLearnedCorrectionDelegate;
import com.sentimenttriage.gating.GateFixtures;
import com.sentimenttriage.learning.LearnedCorrection;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import com.sentimenttriage.triage.TriageVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Customer replied" event subprocess: a follow-up message is re-scored with its thread while the review task
 * stays open, with the real re-score delegate and scorer; the main path's delegates are stand-ins that route the
 * ticket to review.
 */
@Deployment(resources = {TicketTriageProcess.RESOURCE, TicketTriageProcess.GATE_RESOURCE,
    TicketTriageProcess.REVIEW_FORM_RESOURCE, TicketTriageProcess.AUDIT_FORM_RESOURCE,
    TicketTriageProcess.QUEUE_ROUTING_RESOURCE, TicketTriageProcess.ROUTE_RESOURCE})
class CustomerRepliedProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private static final JavaDelegate NOTHING = execution -> { };

  @BeforeEach
  void registerDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    new ReviewRolloutFixture(RolloutProperties.defaults(), BusinessHours.alwaysOpen(), new JdbcAccountDirectory(new JdbcTemplate()),
        java.time.Clock.systemUTC()).registerDelegates();
    Mocks.register(Beans.SCORE_TICKET, new ScoreTicketDelegate(SentimentScorer.withBuiltInLexicon()));
    Mocks.register(Beans.APPLY_LEARNED_CORRECTION, new ApplyLearnedCorrectionDelegate(mock(LearnedCorrection.class)));
    // No requester e-mail: the real lookup sets its outputs for an unattached ticket without asking the directory.
    Mocks.register(Beans.LOOK_UP_ACCOUNT, new LookUpAccountDelegate(new JdbcAccountDirectory(new JdbcTemplate()),
        mock(UnattachedTickets.class), java.time.Clock.systemUTC()));
    GateFixtures.registerStandIn(java.time.Clock.systemUTC(),
        GateFixtures.alert("PT8H", 70, "Churn threat in the ticket"));
    Mocks.register(Beans.RECORD_SCORE, NOTHING);
    Mocks.register(Beans.RECORD_REVIEW_OUTCOME, NOTHING);
    Mocks.register(Beans.ALERT_CS_OWNER, NOTHING);
    Mocks.register(Beans.RESCORE_TICKET, new RescoreTicketDelegate(SentimentScorer.withBuiltInLexicon()));
    com.sentimenttriage.writeback.NoHelpdeskWriteBack.register();
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aFollowUpIsRescoredWithItsThreadWhileTheReviewTaskStaysOpen() {
    Map<String, Object> variables = new HashMap<>();
    TriageVariables.SOURCE.putInto(variables, "zendesk");
    TriageVariables.TICKET_ID.putInto(variables, "77");
    TriageVariables.TICKET_TEXT.putInto(variables, "Thanks, the dashboard works great now!");
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(TicketTriageProcess.KEY, "zendesk:77",
        variables);
    assertThat(instance).isWaitingAt(TicketTriageProcess.Elements.TICKET_RECEIVED);
    execute(job());
    execute(job()); // the account lookup, its own job since a CRM may be slow or down
    assertThat(instance).isWaitingAt(REVIEW_ESCALATION);
    String reviewTask = task().getId();

    Map<String, Object> reply = new HashMap<>();
    TriageVariables.TICKET_TEXT.putInto(reply, "It broke again. This is unacceptable, we will cancel our contract.");
    TriageVariables.CONVERSATION.putInto(reply, Conversation.encode(List.of(
        new TicketMessage(TicketMessage.Author.CUSTOMER, "Thanks, the dashboard works great now!"),
        new TicketMessage(TicketMessage.Author.AGENT, "Glad to hear it!"))));
    runtimeService().createMessageCorrelation(TicketTriageProcess.Messages.CUSTOMER_REPLIED)
        .processInstanceId(instance.getId()).setVariables(reply).correlate();
    assertThat(instance).isWaitingAt(CUSTOMER_REPLIED, REVIEW_ESCALATION);
    // The review task's timers are jobs too; run the follow-up's.
    execute(job(CUSTOMER_REPLIED));

    assertThat(instance).hasPassed(RESCORE_TICKET, TICKET_RESCORED).isWaitingAt(REVIEW_ESCALATION);
    org.assertj.core.api.Assertions.assertThat(task().getId()).isEqualTo(reviewTask);
    assertThat(instance).variables()
        .containsEntry("threadTrend", "WORSENING")
        .containsEntry("customerReplies", 1)
        .containsEntry("churnRisk", true);
    org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(instance.getId(),
        "sentimentLabel")).isIn("Urgent", "Negative");
  }
}
