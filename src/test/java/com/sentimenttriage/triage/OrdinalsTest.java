package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdinalsTest {

  @Test
  void teensTakeThAndEverythingElseItsLastDigitsSuffix() {
    assertThat(Ordinals.of(1)).isEqualTo("1st");
    assertThat(Ordinals.of(2)).isEqualTo("2nd");
    assertThat(Ordinals.of(3)).isEqualTo("3rd");
    assertThat(Ordinals.of(4)).isEqualTo("4th");
    assertThat(Ordinals.of(11)).isEqualTo("11th");
    assertThat(Ordinals.of(12)).isEqualTo("12th");
    assertThat(Ordinals.of(13)).isEqualTo("13th");
    assertThat(Ordinals.of(21)).isEqualTo("21st");
    assertThat(Ordinals.of(22)).isEqualTo("22nd");
    assertThat(Ordinals.of(113)).isEqualTo("113th");
  }
}
