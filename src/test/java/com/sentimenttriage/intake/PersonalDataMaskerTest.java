package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

  private final PersonalDataMasker masker = new PersonalDataMasker();

  @Test
  void masksEmailAddresses() {
    assertThat(masker.mask("Write to jane.doe+billing@acme.example please"))
        .isEqualTo("Write to [EMAIL] please");
  }

  @Test
  void masksLuhnValidCardNumbersButNotOrderNumbers() {
    assertThat(masker.mask("card 4111 1111 1111 1111 was charged")).isEqualTo("card [CARD] was charged");
    assertThat(masker.mask("order 4111111111111112 is late")).doesNotContain("[CARD]");
  }

  @Test
  void masksIbansAndIpAddresses() {
    assertThat(masker.mask("IBAN DE89 3704 0044 0532 0130 00 from 192.168.10.20"))
        .isEqualTo("IBAN [IBAN] from [IP]");
  }

  @Test
  void masksPhoneNumbersButKeepsDatesAndVersions() {
    assertThat(masker.mask("call me at +1 (415) 555-0142 today")).isEqualTo("call me at [PHONE] today");
    assertThat(masker.mask("since version 4.2.1 on 2026-11-20")).isEqualTo("since version 4.2.1 on 2026-11-20");
  }

  @Test
  void leavesEmptyAndNullAlone() {
    assertThat(masker.mask("")).isEmpty();
    assertThat(masker.mask(null)).isNull();
  }
}
