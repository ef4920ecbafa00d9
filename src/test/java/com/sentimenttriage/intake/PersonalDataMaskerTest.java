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
  void masksStreetLikeAddressesButNotCountsOrVersions() {
    assertThat(masker.mask("Ship it to 221B Baker Street, London")).isEqualTo("Ship it to [ADDRESS], London");
    assertThat(masker.mask("HQ: 1600 Pennsylvania Ave NW today")).isEqualTo("HQ: [ADDRESS] today");
    assertThat(masker.mask("Unsere Adresse: Hauptstraße 12a, Berlin")).isEqualTo("Unsere Adresse: [ADDRESS], Berlin");
    assertThat(masker.mask("I tried 3 different ways on version 4.2")).isEqualTo("I tried 3 different ways on version 4.2");
  }

  @Test
  void leavesEmptyAndNullAlone() {
    assertThat(masker.mask("")).isEmpty();
    assertThat(masker.mask(null)).isNull();
  }
}
