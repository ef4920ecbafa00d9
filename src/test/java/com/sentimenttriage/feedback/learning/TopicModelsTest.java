package com.sentimenttriage.feedback.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.feedback.ScoreFlags;
import com.sentimenttriage.feedback.ScoredTicket;
import com.sentimenttriage.feedback.ScoredTicketStore;
import com.sentimenttriage.feedback.learning.TopicModels.SettledTopic;
import com.sentimenttriage.review.LabelledExample;
import com.sentimenttriage.review.LabelledExample.Kind;
import com.sentimenttriage.review.LabelledExamples;
import com.sentimenttriage.support.MigratedDatabase;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The topic model's training set, read from a migrated database that the application's own writers filled: the
 * topics reviews and audits settled (labelled_example) and flags' topics, each beside the text it was settled for.
 */
class TopicModelsTest {

  private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
  private static final String INVOICE = "We were charged twice on this invoice, please refund the second payment";
  private static final String EXPORT = "The export is broken since the update and we cannot send our reports";

  private TopicModels models;
  private ScoredTicketStore tickets;
  private LabelledExamples judgements;
  private ScoreFlags flags;

  @BeforeEach
  void migratedDatabase() {
    JdbcTemplate jdbc = MigratedDatabase.h2("topics");
    tickets = new ScoredTicketStore(jdbc);
    judgements = new LabelledExamples(jdbc);
    models = new TopicModels(jdbc, judgements);
    flags = new ScoreFlags(jdbc);
  }

  @Test
  void aTopicSettledOnTheTicketsEarlierMessageIsNotPairedWithTheFollowUpsText() {
    String ticket = key();
    scored(ticket, "pi-1", INVOICE, "General annoyance");
    judged(ticket, "pi-1", Kind.REVIEW, ReviewDecision.RECLASSIFY, "General annoyance", "Billing", MORNING);
    // The customer's follow-up is scored under a new instance of the same ticket and nobody judged it.
    scored(ticket, "pi-2", EXPORT, "Core workflow failure");

    assertThat(models.settledTopics()).isEmpty();
  }

  @Test
  void eachTextIsPairedWithTheTopicSettledOnItsOwnInstanceThoughAnEarlierInstanceWasJudgedLater() {
    String ticket = key();
    scored(ticket, "pi-1", INVOICE, "General annoyance");
    scored(ticket, "pi-2", EXPORT, "General annoyance");
    judged(ticket, "pi-2", Kind.REVIEW, ReviewDecision.RECLASSIFY, "General annoyance", "Core workflow failure",
        MORNING);
    // The first message's automated alert is audited only after the follow-up was reviewed.
    judged(ticket, "pi-1", Kind.AUDIT, ReviewDecision.RECLASSIFY, "General annoyance", "Billing", NOON);

    assertThat(models.settledTopics()).containsExactly(new SettledTopic(ticket, EXPORT, "Core workflow failure"));
  }

  @Test
  void aReviewThatKeptTheTopicsSettlesTheFirstAndAFlagsTopicOverrulesAnyReview() {
    String kept = key();
    scored(kept, "pi-1", INVOICE, "Billing, Churn threat");
    judged(kept, "pi-1", Kind.REVIEW, ReviewDecision.CONFIRM, "Billing, Churn threat", null, MORNING);
    String flagged = key();
    scored(flagged, "pi-2", EXPORT, "General annoyance");
    judged(flagged, "pi-2", Kind.REVIEW, ReviewDecision.RECLASSIFY, "General annoyance", "Billing", MORNING);
    flags.add(new ScoreFlags.Flag(flagged, true, "Core workflow failure", "the export is down", "agent", NOON));

    assertThat(models.settledTopics()).containsExactly(new SettledTopic(kept, INVOICE, "Billing"),
        new SettledTopic(flagged, EXPORT, "Core workflow failure"));
  }

  private static String key() {
    return "test:" + UUID.randomUUID();
  }

  /** The ticket as {@code instance} scored it: the rules' topics and the masked text the store kept. */
  private void scored(String key, String instance, String text, String topics) {
    tickets.record(new ScoredTicket(key, instance, "test", key.substring(5), null, -0.6, 80, "Negative", topics,
        "ALERT", "High", MORNING), new ScoredTicketStore.Context(MORNING, "billing", "ASSISTIVE", text, null));
  }

  /** A judgement of {@code instance}, which saw the topics that instance scored. */
  private void judged(String key, String instance, Kind kind, ReviewDecision decision, String scoredTopics,
      String correctedTopic, Instant at) {
    judgements.record(new LabelledExample(key, instance, "billing", kind, decision, "Negative", null,
        scoredTopics, correctedTopic, null, null, at));
  }
}
