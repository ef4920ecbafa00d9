package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The numbers escalation rules read: frustration bands, labels, urgency and topic-driven negativity. */
class TriageCalibrationTest {
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();

  @Test
  void frustrationBandsMatchWhatEscalationRulesExpect() {
    assertThat(SCORER.score("Thanks so much, the new dashboard is fantastic!").frustration()).isBetween(0, 10);
    assertThat(SCORER.score("How do I add another user to my workspace?").frustration()).isLessThan(30);
    assertThat(SCORER.score("The export is a bit slow lately.").frustration()).isBetween(35, 60);
    assertThat(SCORER.score("The report is slow and the filter is confusing.").frustration()).isBetween(40, 65);
  }

  @Test
  void politeButAngryProseReadsNegative() {
    TicketScore score = SCORER.score("Any update on this? Still waiting. This is the second time this month.");
    assertThat(score.polarity()).isNegative();
    assertThat(score.frustration()).isGreaterThanOrEqualTo(65);
  }

  @Test
  void complaintTriggerWithoutNegativeWordsIsNegative() {
    TicketScore score = SCORER.score("The webhook not firing since Monday, API error 500");
    assertThat(score.polarity()).isNegative();
    assertThat(score.urgency()).isEqualTo(Urgency.HIGH);
    assertThat(score.topics()).extracting(TopicMatch::topic).containsExactly("integration-failure");
  }

  @Test
  void criticalTopicWithNegativityIsUrgent() {
    TicketScore score = SCORER.score("Our data disappeared after the update");
    assertThat(score.label()).isEqualTo(SentimentLabel.URGENT);
    assertThat(score.label().displayName()).isEqualTo("Urgent");
    assertThat(score.highestTopicRisk()).contains(RiskLevel.CRITICAL);
  }

  @Test
  void riskWithoutMoodStaysNeutralButFlagged() {
    TicketScore score = SCORER.score("We need to file a GDPR request for one of our users.");
    assertThat(score.label()).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(score.highestTopicRisk()).contains(RiskLevel.CRITICAL);
    assertThat(score.highestTopicRisk().map(RiskLevel::displayName)).contains("Critical");
  }

  @Test
  void strongPraiseIsPromoterAndMildPraisePositive() {
    assertThat(SCORER.score("Amazing support, you are lifesavers, thank you!!").label()).isEqualTo(SentimentLabel.PROMOTER);
    assertThat(SCORER.score("It works, thanks").label()).isIn(SentimentLabel.POSITIVE, SentimentLabel.PROMOTER);
  }

  @Test
  void explanationNamesWhatMovedTheScore() {
    TicketScore score = SCORER.score("Great product but the export is broken");
    assertThat(score.explanation()).extracting(Evidence::phrase).contains("broken", "great");
    Evidence broken = score.explanation().stream().filter(e -> e.phrase().equals("broken")).findFirst().orElseThrow();
    assertThat(broken.weight()).isLessThan(-2.3); // weighted up after "but"
  }

  @Test
  void concurrentScoringGivesTheSameAnswers() throws Exception {
    List<String> texts =
        List.of(
            "not bad at all", "EXTREMELY slow!!!", "we will cancel our subscription", "sooo good :)", "thanks for nothing");
    List<TicketScore> expected = texts.stream().map(SCORER::score).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  8,
                  () -> {
                    for (int round = 0; round < 200; round++) {
                      for (int i = 0; i < texts.size(); i++) {
                        if (!SCORER.score(texts.get(i)).equals(expected.get(i))) {
                          return false;
                        }
                      }
                    }
                    return true;
                  }));
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
