package com.sentimenttriage.learning;

import static com.sentimenttriage.learning.JudgedTickets.MORNING;
import static com.sentimenttriage.learning.JudgedTickets.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.learning.TopicModels.SettledTopic;
import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.records.ScoreFlags;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The topic model's training set, read from a migrated database that the application's own writers filled: the
 * topics reviews and audits settled (labelled_example) and flags' topics, each beside the text it was settled for.
 */
class TopicModelsTest {

  private static final String INVOICE = "We were charged twice on this invoice, please refund the second payment";
  private static final String EXPORT = "The export is broken since the update and we cannot send our reports";

  private JudgedTickets db;
  private TopicModels models;

  @BeforeEach
  void migratedDatabase() {
    db = new JudgedTickets("topics");
    models = new TopicModels(db.jdbc, db.judgements, db.flags);
  }

  @Test
  void aTopicSettledOnTheTicketsEarlierMessageIsNotPairedWithTheFollowUpsText() {
    String ticket = db.scored("pi-1", "ALERT", "General annoyance", INVOICE);
    db.judged(ticket, "pi-1", Kind.REVIEW, ReviewDecision.RECLASSIFY, "General annoyance", "Billing", MORNING);
    // The customer's follow-up is scored under a new instance of the same ticket and nobody judged it.
    db.rescored(ticket, "pi-2", "ALERT", "Core workflow failure", EXPORT);

    assertThat(models.settledTopics()).isEmpty();
  }

  @Test
  void aFlagsTopicOnTheTicketsEarlierMessageIsNotPairedWithTheFollowUpsText() {
    String ticket = db.scored("pi-1", "ALERT", "General annoyance", INVOICE);
    new ScoreFlags(db.jdbc).add(new ScoreFlags.Flag(ticket, true, "Billing", "a double charge", "agent", MORNING));
    db.rescored(ticket, "pi-2", "ALERT", "Core workflow failure", EXPORT);

    assertThat(models.settledTopics()).isEmpty();
  }

  @Test
  void eachTextIsPairedWithTheTopicSettledOnItsOwnInstanceThoughAnEarlierInstanceWasJudgedLater() {
    String ticket = db.scored("pi-1", "ALERT", "General annoyance", INVOICE);
    db.rescored(ticket, "pi-2", "ALERT", "General annoyance", EXPORT);
    db.judged(ticket, "pi-2", Kind.REVIEW, ReviewDecision.RECLASSIFY, "General annoyance", "Core workflow failure",
        MORNING);
    // The first message's automated alert is audited only after the follow-up was reviewed.
    db.judged(ticket, "pi-1", Kind.AUDIT, ReviewDecision.RECLASSIFY, "General annoyance", "Billing", NOON);

    assertThat(models.settledTopics())
        .containsExactly(new SettledTopic(ticket, EXPORT, "Core workflow failure", LabelSource.REVIEW));
  }

  @Test
  void aReviewThatKeptTheTopicsSettlesTheFirstAndAFlagsTopicOverrulesAnyReview() {
    String kept = db.scored("pi-1", "ALERT", "Billing, Churn threat", INVOICE);
    db.judged(kept, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, "Billing, Churn threat", null, MORNING);
    String flagged = db.scored("pi-2", "ALERT", "General annoyance", EXPORT);
    db.judged(flagged, "pi-2", Kind.REVIEW, ReviewDecision.RECLASSIFY, "General annoyance", "Billing", MORNING);
    new ScoreFlags(db.jdbc).add(new ScoreFlags.Flag(flagged, true, "Core workflow failure", "the export is down",
        "agent", NOON));

    assertThat(models.settledTopics()).containsExactly(new SettledTopic(kept, INVOICE, "Billing", LabelSource.REVIEW),
        new SettledTopic(flagged, EXPORT, "Core workflow failure", LabelSource.FLAG));
  }

  @Test
  void aJudgementThatKeptATicketWithoutTopicSettlesNoTopic() {
    // The rules found no topic in either; the reviewer and the auditor saw none and left it so.
    String reviewed = db.scored("pi-1", "ALERT", "", "Thanks, the new dashboard looks great");
    db.judged(reviewed, "pi-1", Kind.REVIEW, ReviewDecision.DISMISS, "", null, MORNING);
    String audited = db.scored("pi-2", "ALERT", null, "How do I add a second admin to our workspace?");
    db.judged(audited, "pi-2", Kind.AUDIT, ReviewDecision.RECLASSIFY, null, null, NOON);

    assertThat(models.settledTopics()).containsExactly(
        new SettledTopic(reviewed, "Thanks, the new dashboard looks great", TopicModel.NO_TOPIC, LabelSource.REVIEW),
        new SettledTopic(audited, "How do I add a second admin to our workspace?", TopicModel.NO_TOPIC,
            LabelSource.AUDIT));
  }
}
