package com.sentimenttriage.learning;

import static com.sentimenttriage.learning.JudgedTickets.MORNING;
import static com.sentimenttriage.learning.JudgedTickets.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.recall.RecallAudits;
import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.records.ScoreFlags;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The escalation correction model's training set, read from a migrated database that the application's own writers
 * filled: reviews and audits (labelled_example), recall audit answers and flags.
 */
class FeedbackModelsTest {

  private static final String OUTAGE = "Export down since this morning, we lose orders every hour";
  private static final String CHATTER = "Thanks for the quick answer, just checking the invoice address";

  private JudgedTickets db;
  private FeedbackModels models;

  @BeforeEach
  void migratedDatabase() {
    db = new JudgedTickets("learning");
    models = new FeedbackModels(db.jdbc, db.judgements, db.tickets, db.recallAnswers, db.flags);
  }

  @Test
  void anAuditOfAnAutomatedAlertIsATrainingLabelThoughTheTicketWasNeverReviewed() {
    String confirmed = scored("pi-1", "ALERT", OUTAGE);
    String dismissed = scored("pi-2", "ALERT", CHATTER);
    judged(confirmed, "pi-1", Kind.AUDIT, ReviewDecision.CONFIRM, NOON);
    judged(dismissed, "pi-2", Kind.AUDIT, ReviewDecision.DISMISS, NOON);
    // The verdicts are only in labelled_example: an audit never writes the scored ticket's review decision.
    assertThat(db.jdbc.queryForList("select review_decision from scored_ticket", String.class)).containsOnlyNulls();

    assertThat(models.labelledExamples()).containsExactlyInAnyOrder(
        new LabelledExample(confirmed, TicketTokens.of(OUTAGE), true, true, LabelSource.AUDIT),
        new LabelledExample(dismissed, TicketTokens.of(CHATTER), false, true, LabelSource.AUDIT));
    ModelTraining.Result trained = new ModelTraining(models, Clock.fixed(NOON, ZoneOffset.UTC),
        LearningProperties.defaults()).retrain();
    assertThat(trained.labelledExamples()).as("both audited tickets").isEqualTo(2);
  }

  @Test
  void theLatestJudgementOfATicketWinsWhateverOrderItWasStoredIn() {
    String ticket = scored("pi-1", "ALERT", OUTAGE);
    // The audit's verdict is stored first but was given later than the review's.
    judged(ticket, "pi-1", Kind.AUDIT, ReviewDecision.DISMISS, NOON);
    judged(ticket, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);

    assertThat(models.labelledExamples()).extracting(LabelledExample::shouldEscalate).containsExactly(false);
  }

  @Test
  void aReclassificationIsNoEscalationLabelAndLeavesAnEarlierVerdictStanding() {
    String onlyReclassified = scored("pi-1", "ALERT", CHATTER);
    judged(onlyReclassified, "pi-1", Kind.REVIEW, ReviewDecision.RECLASSIFY, MORNING);
    String confirmedThenReclassified = scored("pi-2", "ALERT", OUTAGE);
    judged(confirmedThenReclassified, "pi-2", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    judged(confirmedThenReclassified, "pi-2", Kind.AUDIT, ReviewDecision.RECLASSIFY, NOON);

    assertThat(models.labelledExamples()).containsExactly(
        new LabelledExample(confirmedThenReclassified, TicketTokens.of(OUTAGE), true, true, LabelSource.REVIEW));
  }

  @Test
  void aVerdictOnTheTicketsEarlierMessageIsNotPairedWithTheFollowUpsText() {
    String ticket = scored("pi-1", "ALERT", OUTAGE);
    judged(ticket, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    db.rescored(ticket, "pi-2", "LOG", "Billing", CHATTER);

    assertThat(models.labelledExamples()).isEmpty();
  }

  @Test
  void recallAuditAnswersAndFlagsAreLabelsTooAndAFlagOverrulesTheReview() {
    String missed = scored("pi-1", "DIGEST", OUTAGE);
    answeredInRecallAudit(missed, true, NOON);
    String flagged = scored("pi-2", "ALERT", CHATTER);
    judged(flagged, "pi-2", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    new ScoreFlags(db.jdbc).add(new ScoreFlags.Flag(flagged, false, null, "only chatter", "agent", NOON));

    assertThat(models.labelledExamples()).containsExactlyInAnyOrder(
        new LabelledExample(missed, TicketTokens.of(OUTAGE), true, false, LabelSource.RECALL_ANSWER),
        new LabelledExample(flagged, TicketTokens.of(CHATTER), false, true, LabelSource.FLAG));
  }

  @Test
  void aStoredVersionSaysHowManyReviewsAuditsRecallAnswersAndFlagsItLearnedFrom() {
    String reviewed = scored("pi-1", "ALERT", OUTAGE);
    judged(reviewed, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    String audited = scored("pi-2", "ALERT", CHATTER);
    judged(audited, "pi-2", Kind.AUDIT, ReviewDecision.DISMISS, MORNING);
    String reviewedThenAudited = scored("pi-3", "ALERT", CHATTER);
    judged(reviewedThenAudited, "pi-3", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    judged(reviewedThenAudited, "pi-3", Kind.AUDIT, ReviewDecision.DISMISS, NOON);
    answeredInRecallAudit(scored("pi-4", "DIGEST", OUTAGE), true, NOON);
    String flagged = scored("pi-5", "ALERT", CHATTER);
    judged(flagged, "pi-5", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    new ScoreFlags(db.jdbc).add(new ScoreFlags.Flag(flagged, false, null, "only chatter", "agent", NOON));

    List<LabelledExample> examples = models.labelledExamples();
    NaiveBayesModel model = NaiveBayesModel.train(examples);
    LabelCounts counts = LabelCounts.of(examples.stream().map(LabelledExample::source).toList());
    int version = models.save(new ModelTrainer.Outcome(model, counts, 2, 1.0, 0.5, true, "test"), NOON);

    FeedbackModels.ActiveModel active = models.active().orElseThrow();
    assertThat(active.version()).isEqualTo(version);
    assertThat(active.labelledExamples()).isEqualTo(5);
    // The ticket reviewed and then audited counts once, as the audit that overruled the review.
    assertThat(active.learnedFrom()).isEqualTo("1 review, 2 audits, 1 recall-audit answer and 1 flag");
  }

  @Test
  void aVersionTrainedBeforeLabelCountsWereKeptSaysOnlyHowManyLabelledTicketsItLearnedFrom() {
    db.jdbc.update("""
        insert into feedback_model (version, trained_at, labelled_examples, held_out_examples, model_accuracy,
                                    rules_accuracy, promoted, parameters)
        values (1, ?, 120, 36, 0.9, 0.7, true, ?)""", java.sql.Timestamp.from(NOON),
        "{\"escalateDocs\":1,\"otherDocs\":1,\"escalateCounts\":{},\"otherCounts\":{}}");

    assertThat(models.active().orElseThrow().learnedFrom()).isEqualTo("120 labelled tickets");
  }

  @Test
  void aFlagOnTheTicketsEarlierMessageDoesNotOverruleTheFollowUpsReview() {
    String ticket = scored("pi-1", "LOG", OUTAGE);
    new ScoreFlags(db.jdbc).add(new ScoreFlags.Flag(ticket, true, null, "the outage was missed", "agent", MORNING));
    LabelledExample followUp = followUpDismissedInReview(ticket);

    assertThat(models.labelledExamples()).containsExactly(followUp);
  }

  @Test
  void aRecallAnswerOnTheTicketsEarlierMessageDoesNotOverruleTheFollowUpsReview() {
    String ticket = scored("pi-1", "DIGEST", OUTAGE);
    answeredInRecallAudit(ticket, true, MORNING);
    LabelledExample followUp = followUpDismissedInReview(ticket);

    assertThat(models.labelledExamples()).containsExactly(followUp);
  }

  /** The ticket sampled by a recall audit (with the instance that scored it now) and the auditor's answer. */
  private void answeredInRecallAudit(String ticket, boolean shouldHaveEscalated, Instant at) {
    RecallAudits recall = new RecallAudits(db.judgements, db.tickets, db.recallAnswers);
    long audit = recall.start("pi-audit", YearMonth.of(2026, 2), MORNING, 1, List.of(ticket));
    recall.answer(audit, ticket, shouldHaveEscalated, "should have gone to the CS owner", at);
  }

  /**
   * The customer's follow-up of {@code ticket}: chatter, alerted under instance pi-2 and dismissed in review at noon.
   * Gives the one label that follow-up makes: its own text, which should not have been escalated but was.
   */
  private LabelledExample followUpDismissedInReview(String ticket) {
    db.rescored(ticket, "pi-2", "ALERT", "Billing", CHATTER);
    judged(ticket, "pi-2", Kind.REVIEW, ReviewDecision.DISMISS, NOON);
    return new LabelledExample(ticket, TicketTokens.of(CHATTER), false, true, LabelSource.REVIEW);
  }

  /** A ticket the process scored in {@code instance}; its topics are no concern of the escalation model. */
  private String scored(String instance, String action, String text) {
    return db.scored(instance, action, "Billing", text);
  }

  private void judged(String key, String instance, Kind kind, ReviewDecision decision, Instant at) {
    db.judged(key, instance, kind, decision, "Billing", null, at);
  }
}
