package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The renewal horizon at its edges: today and 90 days ahead are mentioned, a day either side is not. */
class RenewalMentionTest {

  @ParameterizedTest
  @CsvSource({"0, Renewal in 0 days", "28, Renewal in 28 days", "90, Renewal in 90 days"})
  void aRenewalWithinNinetyDaysIsMentioned(int days, String mention) {
    assertThat(RenewalMention.of(days)).contains(mention);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(ints = {-1, 91})
  void aPastUnknownOrDistantRenewalIsNot(Integer days) {
    assertThat(RenewalMention.of(days)).isEmpty();
  }
}
