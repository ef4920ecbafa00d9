package com.sentimenttriage.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry cycle the engine reads when the write-back job failed. */
class WriteBackRetryPolicyTest {

  private final WriteBackRetryPolicy policy = new WriteBackRetryPolicy("R5/PT1M");

  @Test
  void theHelpdesksRetryAfterSetsTheNextAttempt() {
    policy.failed(new WriteBackException("429", Duration.ofSeconds(93), true, null));
    assertThat(policy.getCycle()).isEqualTo("R5/PT93S");
    // read once: the next failure without a Retry-After waits the configured interval
    assertThat(policy.getCycle()).isEqualTo("R5/PT1M");
  }

  @Test
  void aServerErrorWithoutRetryAfterWaitsTheConfiguredInterval() {
    policy.failed(new WriteBackException("503", null, true, null));
    assertThat(policy.getCycle()).isEqualTo("R5/PT1M");
  }

  @Test
  void aRefusalARetryCannotMendIsAnIncidentAtOnce() {
    policy.failed(new WriteBackException("404", null, false, null));
    assertThat(policy.getCycle()).isEqualTo("R1/PT0S");
  }
}
