package com.sentimenttriage.feedback.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned model follows the team's labels, and it is promoted only when it beats the rules on held-out data. */
class ModelTrainerTest {

  private static final String BILLING_CHATTER = "Please update the invoice address of our billing contact, this is annoying";
  private static final String OUTAGE = "The production export is down and we lose data every hour, this is annoying";

  @Test
  void labelsChangeWhatTheModelPredicts() {
    NaiveBayesModel chatterIsNoise = NaiveBayesModel.train(examples(40, false, true));
    NaiveBayesModel chatterMatters = NaiveBayesModel.train(examples(40, true, false));

    List<String> newChatter = TicketTokens.of("Can you update the invoice address? Annoying.");
    assertThat(chatterIsNoise.probabilityOfEscalation(newChatter)).isLessThan(0.2);
    assertThat(chatterMatters.probabilityOfEscalation(newChatter)).isGreaterThan(0.8);
  }

  @Test
  void aModelThatBeatsTheRulesOnHeldOutExamplesIsPromoted() {
    // The rules escalated every one of them; supervisors dismissed the billing chatter.
    ModelTrainer.Outcome outcome = new ModelTrainer(10).train(examples(80, false, true));

    assertThat(outcome.heldOutExamples()).isBetween(10, 40);
    assertThat(outcome.rulesAccuracy()).isLessThan(0.75);
    assertThat(outcome.modelAccuracy()).isGreaterThan(outcome.rulesAccuracy());
    assertThat(outcome.promoted()).isTrue();
    assertThat(outcome.model().examples()).as("the promoted model learns from all examples").isEqualTo(80);
  }

  @Test
  void aModelNoBetterThanTheRulesIsNotPromoted() {
    // Identical texts carry no signal, while the rules were right every time.
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      boolean escalate = i % 2 == 0;
      examples.add(new LabelledExample("same-" + i, TicketTokens.of("The export is slow today"), escalate, escalate));
    }
    ModelTrainer.Outcome outcome = new ModelTrainer(10).train(examples);

    assertThat(outcome.rulesAccuracy()).isEqualTo(1.0);
    assertThat(outcome.modelAccuracy()).isLessThan(1.0);
    assertThat(outcome.promoted()).isFalse();
    assertThat(outcome.reason()).contains("not better than the rules");
  }

  @Test
  void tooFewHeldOutExamplesAreNotEnoughToPromote() {
    ModelTrainer.Outcome outcome = new ModelTrainer(1000).train(examples(80, false, true));

    assertThat(outcome.promoted()).isFalse();
    assertThat(outcome.reason()).contains("1000 needed");
  }

  @Test
  void theHeldOutSplitIsStableAcrossRetrainings() {
    assertThat(ModelTrainer.isHeldOut("generic:T-42")).isEqualTo(ModelTrainer.isHeldOut("generic:T-42"));
  }

  @Test
  void tokensComeFromTheScoringEnginesAnalyzerAsStems() {
    // Emphasis marks are features too: "!!!" is how angry tickets read.
    assertThat(TicketTokens.of("Exporting EXPORTS!!!")).containsExactly("export", "export", "!!!");
    assertThat(TicketTokens.of(null)).isEmpty();
  }

  /** Half billing chatter, half outages; the rules escalated all; {@code chatterEscalates} is the human verdict. */
  private static List<LabelledExample> examples(int count, boolean chatterEscalates, boolean outageEscalates) {
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean chatter = i % 2 == 0;
      examples.add(new LabelledExample("generic:T-" + i, TicketTokens.of(chatter ? BILLING_CHATTER : OUTAGE),
          chatter ? chatterEscalates : outageEscalates, true));
    }
    return examples;
  }
}
