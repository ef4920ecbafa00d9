package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who wrote in, as the CS alert may say it: the initials of the name the helpdesk gave, never the name. */
class RequesterInitialsTest {

  private static final PersonalDataMasker MASKER = new PersonalDataMasker();

  private static String initials(String name) {
    return new IncomingTicket("zendesk", "1", null, "s", "b", List.of(), "a@b.example", name, null, null, List.of(),
        null, OffsetDateTime.now(), null, null).masked(MASKER).requesterInitials();
  }

  @Test
  void keepsTheInitialsOfTheNameOnly() {
    assertThat(initials("Quinn Leakwood")).isEqualTo("Q. L.");
    assertThat(initials("  jean-luc  picard ")).isEqualTo("J. L. P.");
    assertThat(initials("Ørjan Åsheim")).isEqualTo("Ø. Å.");
  }

  @Test
  void aNameThatIsNothingButPersonalDataOrMissingGivesNone() {
    assertThat(initials("quinn.leakwood@acme-secret.example")).isNull();
    assertThat(initials("+49 30 12345678")).isNull();
    assertThat(initials(null)).isNull();
    assertThat(initials("   ")).isNull();
  }
}
