package com.sentimenttriage.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Median and p90 by nearest rank, and the empty state that says what to do. */
class FollowThroughMeasuresTest {

  private static List<Duration> minutes(int... values) {
    return java.util.Arrays.stream(values).mapToObj(Duration::ofMinutes).toList();
  }

  @Test
  void medianAndP90AreNearestRanks() {
    FollowThroughMeasures.Timing timing = FollowThroughMeasures.timing(minutes(50, 10, 40, 30, 20, 60, 70, 80, 90,
        100), "empty");
    assertThat(timing.count()).isEqualTo(10);
    assertThat(timing.medianMinutes()).isEqualTo(50.0);
    assertThat(timing.p90Minutes()).isEqualTo(90.0);
    assertThat(timing.empty()).isNull();
  }

  @Test
  void oneAlertIsItsOwnMedianAndP90() {
    FollowThroughMeasures.Timing timing = FollowThroughMeasures.timing(List.of(Duration.ofSeconds(90)), "empty");
    assertThat(timing.medianMinutes()).isEqualTo(1.5);
    assertThat(timing.p90Minutes()).isEqualTo(1.5);
  }

  @Test
  void nothingToMeasureSaysWhatToDo() {
    FollowThroughMeasures.Timing timing = FollowThroughMeasures.timing(List.of(), "Record an outcome in Tasklist.");
    assertThat(timing.count()).isZero();
    assertThat(timing.medianMinutes()).isNull();
    assertThat(timing.empty()).isEqualTo("Record an outcome in Tasklist.");
  }
}
