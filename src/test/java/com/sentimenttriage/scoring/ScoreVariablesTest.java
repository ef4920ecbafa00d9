package com.sentimenttriage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.SentimentLabel;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.Urgency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreVariablesTest {

  @Test
  void aPhraseTheTicketUsesSeveralTimesIsNamedOnceWithHowOften() {
    // "The app is broken. Reports are broken too, still broken", as the scorer explains it.
    TicketScore score = new TicketScore(-0.7, 76, SentimentLabel.NEGATIVE, Map.of(), Urgency.HIGH, List.of(),
        false, 0.8, List.of(new Evidence("still broken", -2.6), new Evidence("broken", -2.3),
            new Evidence("broken", -2.3), new Evidence("broken", -2.3)), "en", "English (default)");

    assertThat(ScoreVariables.explanation(score)).isEqualTo("\"still broken\" -2.60, \"broken\" -2.30 ×3");
  }

  @Test
  void writesEvidenceWeightsExactlyAsTheFormatterDid() {
    Random random = new Random(7);
    double[] edges = {0, -0.0, 0.005, -0.005, 0.125, -0.125, 0.015, 1.005, -2.675, 2.675, 0.0049999, -0.001, 3.999,
        -3.995, 12.345, 1e-12, -1e-12};
    for (double value : edges) {
      assertThat(ScoreVariables.signedHundredths(value)).as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%+.2f", value));
    }
    for (int i = 0; i < 100_000; i++) {
      // Weights are a few units; thousandths land on the rounding boundary often.
      double value = i % 2 == 0 ? (random.nextInt(20_001) - 10_000) / 1000.0 : (random.nextDouble() - 0.5) * 10;
      assertThat(ScoreVariables.signedHundredths(value)).as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%+.2f", value));
    }
  }
}
