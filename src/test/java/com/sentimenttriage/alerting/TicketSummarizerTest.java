package com.sentimenttriage.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketSummarizerTest {

  private final TicketSummarizer summarizer = new TicketSummarizer(AlertFixtures.SCORER);

  @Test
  void keepsTheTwoAngriestSentencesInTheCustomersOrder() {
    String summary = summarizer.summarize("Hi there. We use the reports every day. "
        + "This is the third time the export is broken and it is unacceptable. "
        + "Thanks for reading. "
        + "We are seriously considering cancelling our subscription.");

    assertThat(summary).isEqualTo("This is the third time the export is broken and it is unacceptable. "
        + "We are seriously considering cancelling our subscription.");
  }

  @Test
  void aShortTicketIsItsOwnSummary() {
    assertThat(summarizer.summarize("The app crashes on start.")).isEqualTo("The app crashes on start.");
  }

  @Test
  void anEmptyTicketHasAnEmptySummary() {
    assertThat(summarizer.summarize("  ")).isEmpty();
    assertThat(summarizer.summarize(null)).isEmpty();
  }

  @Test
  void aVeryLongSentenceIsShortened() {
    String summary = summarizer.summarize("This is terrible " + "and broken ".repeat(60) + "again.");

    assertThat(summary).hasSize(TicketSummarizer.MAX_SENTENCE_LENGTH).endsWith("…");
  }
}
