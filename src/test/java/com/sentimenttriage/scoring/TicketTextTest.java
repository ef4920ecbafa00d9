package com.sentimenttriage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketTextTest {

  @Test
  void theSubjectIsReadBackFromTheJoinedText() {
    assertThat(TicketText.subjectOf(TicketText.of("Export broken again", "The CSV is empty.\nSince Monday")))
        .isEqualTo("Export broken again");
    assertThat(TicketText.subjectOf(TicketText.of("Thanks.", "All good now"))).isEqualTo("Thanks.");
  }

  @Test
  void aTextStoredWithoutSubjectGivesItsFirstLine() {
    assertThat(TicketText.subjectOf("Invoice is wrong again, please fix it")).isEqualTo(
        "Invoice is wrong again, please fix it");
    assertThat(TicketText.subjectOf(null)).isNull();
    assertThat(TicketText.subjectOf("  ")).isNull();
  }
}
