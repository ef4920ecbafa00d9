package com.sentimenttriage.learning;

import static com.sentimenttriage.learning.JudgedTickets.MORNING;
import static com.sentimenttriage.learning.JudgedTickets.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.records.FollowThroughRecords;
import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.rollout.AuditSampler;
import com.sentimenttriage.rollout.QueueStages;
import com.sentimenttriage.rollout.Rollout;
import com.sentimenttriage.rollout.RolloutPolicy;
import com.sentimenttriage.rollout.RolloutProperties;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import com.sentimenttriage.triage.TriageVariables.FollowThroughOutcome;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Issue 18: what a CS owner recorded on an alert's follow-through task is a label the learning loop reads ("no action
 * needed" hints a false positive, acting on it a confirmation), written by the follow-through's own writer into a
 * migrated database. Rollout precision stays the supervisors' reviews and audits only.
 */
class FollowThroughOutcomeLabelsTest {

  private static final String OUTAGE = "Export down since this morning, we lose orders every hour";
  private static final String CHATTER = "Thanks for the quick answer, just checking the invoice address";
  private static final String DELIGHT = "You saved our launch, the whole team loves the new export";

  private JudgedTickets db;
  private FeedbackModels models;
  private FollowThroughRecords followThroughs;

  @BeforeEach
  void migratedDatabase() {
    db = new JudgedTickets("outcome-labels");
    models = new FeedbackModels(db.jdbc, db.judgements, db.tickets, db.recallAnswers, db.flags);
    followThroughs = new FollowThroughRecords(db.jdbc, new DataSourceTransactionManager(db.jdbc.getDataSource()));
  }

  @ParameterizedTest(name = "{0}: confirms the alert = {1}")
  @CsvSource({"no-action-needed, false", "account-at-risk, true", "contacted, true", "call-booked, true",
      "resolved, true"})
  void anOutcomeOfTheAlertsFollowThroughLabelsItsTicket(String outcome, boolean shouldEscalate) {
    String ticket = db.scored("pi-1", "ALERT", "Billing", OUTAGE);
    openedAndRecorded(ticket, "pi-1", "ft-1", FollowThroughKind.AT_RISK, outcome, NOON);

    assertThat(models.labelledExamples()).containsExactly(new LabelledExample(ticket, TicketTokens.of(OUTAGE),
        shouldEscalate, true, LabelSource.FOLLOW_THROUGH_OUTCOME));
  }

  @Test
  void acknowledgedSaysNothingAndLeavesTheEarlierOutcomeStanding() {
    String onlyAcknowledged = db.scored("pi-1", "ALERT", "Billing", OUTAGE);
    openedAndRecorded(onlyAcknowledged, "pi-1", "ft-1", FollowThroughKind.AT_RISK, "acknowledged", MORNING);
    String notNeededThenAcknowledged = db.scored("pi-2", "ALERT", "Billing", CHATTER);
    openedAndRecorded(notNeededThenAcknowledged, "pi-2", "ft-2", FollowThroughKind.AT_RISK, "no-action-needed",
        MORNING);
    recorded("ft-2", "pi-2", "acknowledged", NOON);

    assertThat(models.labelledExamples()).containsExactly(new LabelledExample(notNeededThenAcknowledged,
        TicketTokens.of(CHATTER), false, true, LabelSource.FOLLOW_THROUGH_OUTCOME));
  }

  @Test
  void aPromotersAdvocacyTaskWasNoAlertAndGivesNoLabel() {
    String promoter = db.scored("pi-1", "ADVOCACY", "Onboarding", DELIGHT);
    openedAndRecorded(promoter, "pi-1", "ft-1", FollowThroughKind.ADVOCACY, "no-action-needed", NOON);

    assertThat(models.labelledExamples()).isEmpty();
  }

  @Test
  void aLaterAlertThatJoinedTheTaskIsNotWhatTheOwnerJudged() {
    String first = db.scored("pi-1", "ALERT", "Billing", OUTAGE);
    String joined = db.scored("pi-2", "ALERT", "Billing", CHATTER);
    opened(first, "pi-1", "ft-1", FollowThroughKind.AT_RISK);
    followThroughs.joined("ft-1", "pi-2");
    recorded("ft-1", "pi-1", "account-at-risk", NOON);

    assertThat(models.labelledExamples()).extracting(LabelledExample::businessKey).containsExactly(first)
        .doesNotContain(joined);
  }

  @Test
  void aSupervisorsReviewOverrulesTheOwnersHintWhateverTheOrder() {
    String ticket = db.scored("pi-1", "ALERT", "Billing", OUTAGE);
    db.judged(ticket, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, "Billing", null, MORNING);
    openedAndRecorded(ticket, "pi-1", "ft-1", FollowThroughKind.AT_RISK, "no-action-needed", NOON);

    assertThat(models.labelledExamples()).containsExactly(new LabelledExample(ticket, TicketTokens.of(OUTAGE),
        true, true, LabelSource.REVIEW));
  }

  @Test
  void anOutcomeDoesNotChangeRolloutPrecision() {
    Rollout rollout = new Rollout(new QueueStages(db.jdbc), db.judgements,
        new RolloutPolicy(RolloutProperties.defaults()), new AuditSampler(() -> 1.0), null,
        RolloutProperties.defaults(), Clock.fixed(NOON.plusSeconds(3600), ZoneOffset.UTC));
    String confirmed = db.scored("pi-1", "ALERT", "Billing", OUTAGE);
    db.judged(confirmed, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, "Billing", null, MORNING);
    String dismissed = db.scored("pi-2", "ALERT", "Billing", CHATTER);
    db.judged(dismissed, "pi-2", Kind.REVIEW, ReviewDecision.DISMISS, "Billing", null, MORNING);
    assertThat(rollout.precision("billing").toString()).isEqualTo("0.50 (1 of 2 correct)");

    // The owners disagree with both reviews, and a third alert nobody reviewed gets an outcome.
    openedAndRecorded(confirmed, "pi-1", "ft-1", FollowThroughKind.AT_RISK, "no-action-needed", NOON);
    openedAndRecorded(dismissed, "pi-2", "ft-2", FollowThroughKind.AT_RISK, "call-booked", NOON);
    String unreviewed = db.scored("pi-3", "ALERT", "Billing", OUTAGE);
    openedAndRecorded(unreviewed, "pi-3", "ft-3", FollowThroughKind.AT_RISK, "no-action-needed", NOON);

    assertThat(rollout.precision("billing").toString()).isEqualTo("0.50 (1 of 2 correct)");
    assertThat(db.judgements.judgedBetween(MORNING.minusSeconds(1), NOON.plusSeconds(1))).hasSize(2);
    assertThat(models.labelledExamples()).as("the outcome is a label all the same")
        .extracting(LabelledExample::businessKey).contains(unreviewed);
  }

  @Test
  void aStoredVersionCountsTheOwnersOutcomesItLearnedFrom() {
    String reviewed = db.scored("pi-1", "ALERT", "Billing", OUTAGE);
    db.judged(reviewed, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, "Billing", null, MORNING);
    openedAndRecorded(db.scored("pi-2", "ALERT", "Billing", CHATTER), "pi-2", "ft-2", FollowThroughKind.AT_RISK,
        "no-action-needed", NOON);
    openedAndRecorded(db.scored("pi-3", "ALERT", "Billing", OUTAGE), "pi-3", "ft-3", FollowThroughKind.AT_RISK,
        "resolved", NOON);

    var examples = models.labelledExamples();
    LabelCounts counts = LabelCounts.of(examples.stream().map(LabelledExample::source).toList());
    models.save(new ModelTrainer.Outcome(NaiveBayesModel.train(examples), counts, 1, 1.0, 0.5, true, "test"), NOON);

    assertThat(models.active().orElseThrow().learnedFrom()).isEqualTo("1 review and 2 CS-owner outcomes");
  }

  private void openedAndRecorded(String ticket, String alertInstance, String followThrough, FollowThroughKind kind,
      String outcome, Instant at) {
    opened(ticket, alertInstance, followThrough, kind);
    recorded(followThrough, alertInstance, outcome, at);
  }

  private void opened(String ticket, String alertInstance, String followThrough, FollowThroughKind kind) {
    followThroughs.opened(new FollowThroughRecords.Opened(followThrough, alertInstance, ticket, null, null, kind,
        "High", "Billing", null, MORNING, MORNING));
  }

  private void recorded(String followThrough, String alertInstance, String outcome, Instant at) {
    followThroughs.recorded(new FollowThroughRecords.Outcome(followThrough, alertInstance, null,
        FollowThroughOutcome.of(outcome), "no-action-needed".equals(outcome) ? "only a question" : null, null, null,
        "ada.owner", at));
  }
}
