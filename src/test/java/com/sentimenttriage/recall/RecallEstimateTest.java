package com.sentimenttriage.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The recall formula on numbers worked out by hand, the escalations it extrapolates, and the sample it rests on. */
class RecallEstimateTest {

  @Test
  void trueEscalationsAreExtrapolatedFromTheJudgedOnesAsMissesAreFromTheSample() {
    // 200 escalated, 40 judged, 30 of them confirmed: precision = 30 / 40 = 0.75; true = 200 × 0.75 = 150.
    // 2 of 100 audited tickets missed; 5,000 not escalated: estimated missed = 2 / 100 × 5000 = 100.
    // recall = 150 / (150 + 100) = 0.6
    RecallEstimate estimate = new RecallEstimate(new Escalations(200, 40, 30), 5000, 100, 2);

    assertThat(estimate.escalations().precision()).isCloseTo(0.75, within(1e-9));
    assertThat(estimate.escalations().estimatedTrue()).isCloseTo(150.0, within(1e-9));
    assertThat(estimate.estimatedMissed()).isCloseTo(100.0, within(1e-9));
    assertThat(estimate.recall()).isCloseTo(0.6, within(1e-9));
    assertThat(estimate.recallUnknownReason()).isNull();
  }

  @Test
  void alertsNobodyJudgedCountAtTheJudgedOnesPrecisionNotAsMisses() {
    // An automated month: 1,000 alerts, 50 audited (5 %), 45 confirmed: precision = 0.9; true = 1000 × 0.9 = 900.
    // 1 of 200 audited missed of 20,000 not escalated: estimated missed = 1 / 200 × 20000 = 100.
    // recall = 900 / (900 + 100) = 0.9 (counting only the 45 confirmed would give 45 / 145 = 0.31)
    RecallEstimate estimate = new RecallEstimate(new Escalations(1000, 50, 45), 20000, 200, 1);

    assertThat(estimate.recall()).isCloseTo(0.9, within(1e-9));
  }

  @Test
  void onlyAConfirmIsARightEscalationAndNobodysJudgementIsNone() {
    Escalations escalations = Escalations.of(Arrays.asList(ReviewDecision.CONFIRM, ReviewDecision.CONFIRM,
        ReviewDecision.RECLASSIFY, ReviewDecision.DISMISS, null));

    // 5 escalated; 4 judged; confirmed: the 2 confirms (a reclassified escalation was not right as it stood).
    assertThat(escalations).isEqualTo(new Escalations(5, 4, 2));
    // precision = 2 / 4 = 0.5; true = 5 × 0.5 = 2.5
    assertThat(escalations.precision()).isEqualTo(0.5);
    assertThat(escalations.estimatedTrue()).isEqualTo(2.5);
  }

  @Test
  void withoutAJudgedEscalationRecallIsUnknownNotAGuess() {
    // 200 escalated, none judged: precision and true escalations are unknown. The misses still extrapolate:
    // 2 / 100 × 5000 = 100.
    RecallEstimate estimate = new RecallEstimate(new Escalations(200, 0, 0), 5000, 100, 2);

    assertThat(estimate.escalations().precision()).isNull();
    assertThat(estimate.escalations().estimatedTrue()).isNull();
    assertThat(estimate.estimatedMissed()).isCloseTo(100.0, within(1e-9));
    assertThat(estimate.recall()).isNull();
    assertThat(estimate.recallUnknownReason()).isEqualTo(RecallEstimate.UnknownReason.NO_ESCALATION_JUDGED);
  }

  @Test
  void aMonthWithoutEscalationsButWithMissesHasARecallOfZero() {
    // Nothing escalated: true = 0 without any judgement. 3 of 150 missed of 3,000: estimated missed = 60.
    // recall = 0 / (0 + 60) = 0
    RecallEstimate estimate = new RecallEstimate(new Escalations(0, 0, 0), 3000, 150, 3);

    assertThat(estimate.escalations().estimatedTrue()).isEqualTo(0.0);
    assertThat(estimate.recall()).isEqualTo(0.0);
    assertThat(estimate.recallUnknownReason()).isNull();
  }

  @Test
  void noMissInTheSampleIsARecallOfOne() {
    // precision = 3 / 6 = 0.5; true = 12 × 0.5 = 6; estimated missed = 0 / 150 × 3000 = 0; recall = 6 / (6 + 0) = 1
    assertThat(new RecallEstimate(new Escalations(12, 6, 3), 3000, 150, 0).recall()).isEqualTo(1.0);
  }

  @Test
  void beforeTheFirstAnswerOrWithoutAnyTicketNeedingAHumanThereIsNoEstimate() {
    RecallEstimate unanswered = new RecallEstimate(new Escalations(12, 6, 3), 3000, 0, 0);
    assertThat(unanswered.recall()).isNull();
    assertThat(unanswered.estimatedMissed()).isNull();
    assertThat(unanswered.recallUnknownReason()).isEqualTo(RecallEstimate.UnknownReason.NO_AUDIT_ANSWER);

    // true = 10 × 0 / 10 = 0 and estimated missed = 0 / 100 × 3000 = 0: recall would be 0 ÷ 0.
    RecallEstimate allDismissed = new RecallEstimate(new Escalations(10, 10, 0), 3000, 100, 0);
    assertThat(allDismissed.recall()).isNull();
    assertThat(allDismissed.recallUnknownReason()).isEqualTo(RecallEstimate.UnknownReason.NO_TICKET_NEEDED_A_HUMAN);
    assertThat(new RecallEstimate(new Escalations(0, 0, 0), 3000, 100, 0).recallUnknownReason())
        .isEqualTo(RecallEstimate.UnknownReason.NO_TICKET_NEEDED_A_HUMAN);
  }

  @Test
  void countsThatCannotBeTogetherAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Escalations(10, 11, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Escalations(10, 5, 6));
    assertThatIllegalArgumentException().isThrownBy(() -> new Escalations(10, 5, -1));
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
