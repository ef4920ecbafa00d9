package com.sentimenttriage.feedback.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The recall formula on numbers worked out by hand, and the sample it rests on. */
class RecallEstimateTest {

  @Test
  void missesInTheSampleAreExtrapolatedToTheMonth() {
    // 40 confirmed escalations; 2 of 200 audited tickets missed; 5,000 tickets not escalated that month.
    // estimated missed = 2 / 200 × 5000 = 50
    // recall = 40 / (40 + 50) = 0.444444
    RecallEstimate estimate = new RecallEstimate(40, 5000, 200, 2);

    assertThat(estimate.estimatedMissed()).isCloseTo(50.0, within(1e-9));
    assertThat(estimate.recall()).isCloseTo(0.444444, within(1e-6));
  }

  @Test
  void noMissInTheSampleIsARecallOfOne() {
    // estimated missed = 0 / 150 × 3000 = 0; recall = 12 / (12 + 0) = 1
    assertThat(new RecallEstimate(12, 3000, 150, 0).recall()).isEqualTo(1.0);
  }

  @Test
  void beforeTheFirstAnswerOrWithoutAnyTicketNeedingAHumanThereIsNoEstimate() {
    assertThat(new RecallEstimate(12, 3000, 0, 0).recall()).isNull();
    assertThat(new RecallEstimate(12, 3000, 0, 0).estimatedMissed()).isNull();
    assertThat(new RecallEstimate(0, 3000, 100, 0).recall()).isNull();
  }

  @Test
  void theSampleHasTheAskedSizeWithoutRepeatsAndTheSeedMakesItReproducible() {
    List<String> population = IntStream.range(0, 50).mapToObj(i -> "generic:T-" + i).toList();

    List<String> sample = RecallSample.of(population, 10, new Random(7));

    assertThat(sample).hasSize(10).doesNotHaveDuplicates().isSubsetOf(population);
    List<String> reversed = new java.util.ArrayList<>(population);
    java.util.Collections.reverse(reversed);
    assertThat(RecallSample.of(reversed, 10, new Random(7))).as("order does not matter").isEqualTo(sample);
    assertThat(RecallSample.of(population, 10, new Random(8))).isNotEqualTo(sample);
    assertThat(RecallSample.of(population.subList(0, 3), 10, new Random(7))).hasSize(3);
  }
}
