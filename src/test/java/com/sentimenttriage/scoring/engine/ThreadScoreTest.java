package com.sentimenttriage.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.scoring.engine.ThreadMessage.Author;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadScoreTest {
  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();

  private static ThreadMessage customer(String text) {
    return new ThreadMessage(Author.CUSTOMER, text);
  }

  private static ThreadMessage agent(String text) {
    return new ThreadMessage(Author.AGENT, text);
  }

  @Test
  void customerGettingAngrierIsWorsening() {
    ThreadScore thread =
        SCORER.scoreThread(
            List.of(
                customer("Hi, how do I export my tasks to CSV?"),
                agent("Thanks for reaching out! Happy to help, we are looking into it."),
                customer("I have asked three times and still no answer. This is unacceptable!")));
    assertThat(thread.trend()).isEqualTo(ThreadScore.Trend.WORSENING);
    assertThat(thread.customerMessages()).hasSize(2);
    assertThat(thread.latest().polarity()).isNegative();
  }

  @Test
  void problemSolvedIsImproving() {
    ThreadScore thread =
        SCORER.scoreThread(
            List.of(
                customer("The sync is broken and the export fails, this is terrible"),
                agent("We deployed a fix."),
                customer("It works now, thank you so much, great support!")));
    assertThat(thread.trend()).isEqualTo(ThreadScore.Trend.IMPROVING);
    assertThat(thread.aggregatePolarity()).isPositive();
  }

  @Test
  void latestMessageCountsMost() {
    ThreadScore thread =
        SCORER.scoreThread(List.of(customer("This is awful and broken"), customer("Thanks, all good now, great!")));
    double mean = thread.customerMessages().stream().mapToDouble(TicketScore::polarity).average().orElseThrow();
    assertThat(thread.aggregatePolarity()).isGreaterThan(mean);
  }

  @Test
  void agentRepliesAreNotTheCustomersMood() {
    ThreadScore thread =
        SCORER.scoreThread(
            List.of(customer("How do I add a user?"), agent("Great question! We love helping, wonderful day!")));
    assertThat(thread.customerMessages()).hasSize(1);
    assertThat(thread.aggregatePolarity()).isEqualTo(thread.latest().polarity());
    assertThat(thread.trend()).isEqualTo(ThreadScore.Trend.STABLE);
  }

  @Test
  void emptyThreadIsNeutralAndStable() {
    ThreadScore thread = SCORER.scoreThread(List.of(agent("Hello?")));
    assertThat(thread.customerMessages()).isEmpty();
    assertThat(thread.latest().label()).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(thread.trend()).isEqualTo(ThreadScore.Trend.STABLE);
  }
}
