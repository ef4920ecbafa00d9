package com.sentimenttriage.feedback.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.feedback.ScoreFlags;
import com.sentimenttriage.feedback.ScoredTicket;
import com.sentimenttriage.feedback.ScoredTicketStore;
import com.sentimenttriage.feedback.recall.RecallAudits;
import com.sentimenttriage.review.LabelledExample.Kind;
import com.sentimenttriage.review.LabelledExamples;
import com.sentimenttriage.support.MigratedDatabase;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The escalation correction model's training set, read from a migrated database that the application's own writers
 * filled: reviews and audits (labelled_example), recall audit answers and flags.
 */
class FeedbackModelsTest {

  private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
  private static final String OUTAGE = "Export down since this morning, we lose orders every hour";
  private static final String CHATTER = "Thanks for the quick answer, just checking the invoice address";

  private JdbcTemplate jdbc;
  private FeedbackModels models;
  private ScoredTicketStore tickets;
  private LabelledExamples judgements;

  @BeforeEach
  void migratedDatabase() {
    jdbc = MigratedDatabase.h2("learning");
    tickets = new ScoredTicketStore(jdbc);
    judgements = new LabelledExamples(jdbc);
    models = new FeedbackModels(jdbc, judgements);
  }

  @Test
  void anAuditOfAnAutomatedAlertIsATrainingLabelThoughTheTicketWasNeverReviewed() {
    String confirmed = scored("pi-1", "ALERT", OUTAGE);
    String dismissed = scored("pi-2", "ALERT", CHATTER);
    judged(confirmed, "pi-1", Kind.AUDIT, ReviewDecision.CONFIRM, NOON);
    judged(dismissed, "pi-2", Kind.AUDIT, ReviewDecision.DISMISS, NOON);
    // The verdicts are only in labelled_example: an audit never writes the scored ticket's review decision.
    assertThat(jdbc.queryForList("select review_decision from scored_ticket", String.class)).containsOnlyNulls();

    assertThat(models.labelledExamples()).containsExactlyInAnyOrder(
        new LabelledExample(confirmed, TicketTokens.of(OUTAGE), true, true),
        new LabelledExample(dismissed, TicketTokens.of(CHATTER), false, true));
    ModelTraining.Result trained = new ModelTraining(models, Clock.fixed(NOON, ZoneOffset.UTC), 10).retrain();
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
        new LabelledExample(confirmedThenReclassified, TicketTokens.of(OUTAGE), true, true));
  }

  @Test
  void aVerdictOnTheTicketsEarlierMessageIsNotPairedWithTheFollowUpsText() {
    String ticket = scored("pi-1", "ALERT", OUTAGE);
    judged(ticket, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    rescored(ticket, "pi-2", "LOG", CHATTER);

    assertThat(models.labelledExamples()).isEmpty();
  }

  @Test
  void recallAuditAnswersAndFlagsAreLabelsTooAndAFlagOverrulesTheReview() {
    String missed = scored("pi-1", "DIGEST", OUTAGE);
    RecallAudits recall = new RecallAudits(jdbc, judgements);
    long audit = recall.start("pi-audit", YearMonth.of(2026, 2), MORNING, 1, List.of(missed));
    recall.answer(audit, missed, true, "should have gone to the CS owner", NOON);
    String flagged = scored("pi-2", "ALERT", CHATTER);
    judged(flagged, "pi-2", Kind.REVIEW, ReviewDecision.CONFIRM, MORNING);
    new ScoreFlags(jdbc).add(new ScoreFlags.Flag(flagged, false, null, "only chatter", "agent", NOON));

    assertThat(models.labelledExamples()).containsExactlyInAnyOrder(
        new LabelledExample(missed, TicketTokens.of(OUTAGE), true, false),
        new LabelledExample(flagged, TicketTokens.of(CHATTER), false, true));
  }

  /** A ticket the process scored in {@code instance}, with the gate's action and the masked text it kept. */
  private String scored(String instance, String action, String text) {
    String key = "test:" + UUID.randomUUID();
    rescored(key, instance, action, text);
    return key;
  }

  private void rescored(String key, String instance, String action, String text) {
    tickets.record(new ScoredTicket(key, instance, "test", key.substring(5), null, -0.6, 80, "Negative", "Billing",
        action, "High", MORNING), new ScoredTicketStore.Context(MORNING, "billing", "ASSISTIVE", text, null));
  }

  private void judged(String key, String instance, Kind kind, ReviewDecision decision, Instant at) {
    judgements.record(new com.sentimenttriage.review.LabelledExample(key, instance, "billing", kind, decision,
        "Negative", null, "Billing", null, null, null, at));
  }
}
