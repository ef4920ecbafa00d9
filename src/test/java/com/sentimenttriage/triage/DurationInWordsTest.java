package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationInWordsTest {

  @Test
  void saysDurationsAsPeopleDo() {
    assertThat(DurationInWords.ofIso("PT4H")).isEqualTo("4 hours");
    assertThat(DurationInWords.ofIso("PT1M")).isEqualTo("1 minute");
    assertThat(DurationInWords.ofIso("PT1H30M")).isEqualTo("1 hour 30 minutes");
    assertThat(DurationInWords.ofIso("P1DT2H")).isEqualTo("1 day 2 hours");
    assertThat(DurationInWords.of(Duration.ofSeconds(45))).isEqualTo("45 seconds");
    assertThat(DurationInWords.of(Duration.ofHours(8))).isEqualTo("8 hours");
  }

  @Test
  void leavesWhatIsNoDurationAsItIs() {
    assertThat(DurationInWords.ofIso("four hours")).isEqualTo("four hours");
    assertThat(DurationInWords.ofIso(null)).isNull();
    assertThat(DurationInWords.ofIso(" ")).isNull();
  }
}
