package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One-line expectations in Lucene's manner: each states a behaviour a support lead would recognise. */
class ScorerExpectationsTest {
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();

  private static double polarity(String text) {
    return SCORER.score(text).polarity();
  }

  private static SentimentLabel label(String text) {
    return SCORER.score(text).label();
  }

  private static int frustration(String text) {
    return SCORER.score(text).frustration();
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

  // Issue 16: scores people will trust.

  @Test
  void aCalmQuestionAboutARiskyTopicIsNeutral() {
    assertThat(label("What is the rate limit for the reports API?")).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(frustration("What is the rate limit for the reports API?")).isLessThan(30);
    assertThat(label("Hi, is there a rate limit on the API?")).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(label("Our plan has a rate limit of 100 requests per minute.")).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(label("What should we show users when a 503 comes back?")).isEqualTo(SentimentLabel.NEUTRAL);
  }

  @Test
  void aCalmQuestionKeepsItsTopicAndItsRisk() {
    TicketScore score = SCORER.score("What should we show users when a 503 comes back?");
    assertThat(score.topics()).extracting(TopicMatch::topic).containsExactly("integration-failure");
    assertThat(score.highestTopicRisk()).contains(RiskLevel.HIGH);
  }

  @Test
  void aComplaintAskedAsAQuestionStaysAComplaint() {
    assertThat(polarity("Why does the export fail?")).isNegative();
    assertThat(polarity("How come the export fails?")).isNegative();
    assertThat(polarity("The export fails every time. What can I do?")).isNegative();
    assertThat(polarity("What is going on, the export fails??")).isNegative();
    assertThat(polarity("We get a 503 on every call.")).isNegative();
    assertThat(polarity("We keep hitting the rate limit on the reports API.")).isNegative();
  }

  @Test
  void pointOfSaleIsNoInsult() {
    assertThat(polarity("We use POS integration with your app.")).isZero();
    assertThat(polarity("Terminal A-POS-07 was moved to the second till.")).isZero();
    assertThat(polarity("Our pos terminal needs an update.")).isZero();
    assertThat(polarity("See tickets A-POS-07 and INV-2024-001.")).isZero();
  }

  @Test
  void theInsultPosIsStillAnInsult() {
    assertThat(polarity("What a POS.")).isNegative();
    assertThat(polarity("this pos keeps crashing")).isNegative();
  }

  @Test
  void hyphenatedWordsWithoutAnIdentifierAreStillLookedUp() {
    assertThat(polarity("the g3-better lens")).isPositive();
  }

  @Test
  void sarcasticFramesAreNegative() {
    assertThat(label("Great… Just great.")).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(polarity("Great. Just great!")).isNegative();
    assertThat(polarity("Perfect... just perfect.")).isNegative();
    assertThat(polarity("Oh great, another outage.")).isNegative();
    assertThat(polarity("Thanks a lot, the sync broke again.")).isNegative();
    assertThat(polarity("The update deleted my filters. Thanks a lot.")).isNegative();
    assertThat(polarity("Just what I needed, another error.")).isNegative();
    assertThat(polarity("Love how the export doesn't work.")).isNegative();
    assertThat(polarity("Yeah, right.")).isNegative();
  }

  @Test
  void sincerePraiseInTheSameWordsStaysPositive() {
    assertThat(polarity("Oh great, that worked!")).isPositive();
    assertThat(polarity("Thanks a lot for the quick fix!")).isPositive();
    assertThat(polarity("Thanks a lot, it works now.")).isPositive();
    assertThat(polarity("The new dashboard is just great")).isPositive();
    assertThat(polarity("I love how easy the new export is.")).isPositive();
    assertThat(polarity("Yeah right now it works.")).isPositive();
  }

  @Test
  void thanksAfterARequestIsASignOffNotSarcasm() {
    assertThat(polarity("Could you check the failed export? Thanks a lot!"))
        .isGreaterThan(polarity("The export failed. Thanks a lot!"));
  }

  @Test
  void praiseBeforeButIsMeantAsPraise() {
    assertThat(SCORER.score("Oh great support, but the export fails.").explanation())
        .noneMatch(evidence -> evidence.phrase().equals("oh great"));
  }
}
