package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One-line expectations in Lucene's manner: each states a behaviour a support lead would recognise. */
class ScorerExpectationsTest {
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();

  private static double polarity(String text) {
    return SCORER.score(text).polarity();
  }

  @Test
  void resourcesLoad() {
    assertThat(SCORER.score("good").polarity()).isPositive();
  }

  @Test
  void negatedNegativeIsPositive() {
    assertThat(polarity("not bad at all")).isPositive();
    assertThat(polarity("not bad")).isPositive();
  }

  @Test
  void negatedWorkingIsNegative() {
    assertThat(polarity("isn't working")).isNegative();
    assertThat(polarity("never works")).isNegative();
    assertThat(polarity("it no longer syncs")).isNegative();
    assertThat(polarity("not good")).isNegative();
  }

  @Test
  void clauseAfterButDominates() {
    assertThat(polarity("great product but the export is broken")).isNegative();
  }

  @Test
  void idiomsFlipOrCancel() {
    assertThat(polarity("no problem")).isGreaterThanOrEqualTo(0);
    assertThat(polarity("thanks for nothing")).isNegative();
    assertThat(polarity("can't wait")).isPositive();
    assertThat(polarity("not a big deal")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void emphasisIntensifies() {
    assertThat(polarity("EXTREMELY slow!!!")).isLessThan(polarity("slow"));
    assertThat(polarity("sooo good")).isGreaterThan(polarity("good"));
    assertThat(polarity("slightly slow")).isGreaterThan(polarity("slow"));
    assertThat(polarity("kind of slow")).isGreaterThan(polarity("slow"));
  }

  @Test
  void emoticonsAndEmojiCarrySentiment() {
    assertThat(polarity(":(")).isNegative();
    assertThat(polarity("😡")).isNegative();
    assertThat(polarity(":)")).isPositive();
  }

  @Test
  void exportingFailsIsCoreWorkflowFailure() {
    TicketScore score = SCORER.score("exporting fails");
    assertThat(score.topics()).extracting(TopicMatch::topic).contains("core-workflow-failure");
    assertThat(score.highestTopicRisk()).contains(RiskLevel.HIGH);
  }

  @Test
  void cancellingTheSubscriptionIsCriticalChurnRisk() {
    TicketScore score = SCORER.score("we will cancel our subscription");
    assertThat(score.churnRisk()).isTrue();
    assertThat(score.highestTopicRisk()).contains(RiskLevel.CRITICAL);
  }

  @Test
  void commonWordingsOfDoubleBillingAndCancellingAreFound() {
    TicketScore score = SCORER.score("Billing charged us twice and we are considering cancelling.");
    assertThat(score.topics()).extracting(TopicMatch::topic).contains("billing", "churn-threat");
    assertThat(score.churnRisk()).isTrue();
  }

  @Test
  void repeatedUnansweredComplaintWithChurnThreatIsVeryFrustrated() {
    TicketScore score =
        SCORER.score(
            "I have asked three times and still no answer. This is unacceptable, we will cancel our subscription");
    assertThat(score.frustration()).isGreaterThanOrEqualTo(80);
    assertThat(score.label()).isEqualTo(SentimentLabel.URGENT);
    assertThat(score.urgency()).isEqualTo(Urgency.HIGH);
    assertThat(score.emotions().get(Emotion.ANGER)).isGreaterThan(0.3);
    assertThat(score.emotions().get(Emotion.FRUSTRATION)).isGreaterThanOrEqualTo(0.8);
  }
}
