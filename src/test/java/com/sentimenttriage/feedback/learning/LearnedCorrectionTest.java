package com.sentimenttriage.feedback.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The promoted model corrects the frustration the gate reads and says so; without one nothing changes. */
class LearnedCorrectionTest {

  private final FeedbackModels models = mock(FeedbackModels.class);

  @Test
  void withoutAPromotedModelTheRulesStand() {
    when(models.activeVersion()).thenReturn(Optional.empty());

    assertThat(new LearnedCorrection(models, 0.5).correct(TicketTokens.once("Everything is broken"), 90)).isEmpty();
  }

  @Test
  void aPromotedModelLowersWhatThisTeamDismissesAndExplainsItself() {
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < 87; i++) {
      boolean chatter = i % 2 == 0;
      examples.add(new LabelledExample("k" + i, TicketTokens.of(chatter ? "invoice address change please"
          : "production outage data lost"), !chatter, true));
    }
    when(models.activeVersion()).thenReturn(Optional.of(3));
    when(models.active()).thenReturn(Optional.of(
        new FeedbackModels.ActiveModel(3, 87, NaiveBayesModel.train(examples))));

    LearnedCorrection.Correction correction =
        new LearnedCorrection(models, 0.5).correct(TicketTokens.once("Invoice address change, please!"), 80).orElseThrow();

    assertThat(correction.frustration()).isLessThan(50);
    assertThat(correction.modelVersion()).isEqualTo(3);
    assertThat(correction.explanation())
        .startsWith("adjusted by the model learned from 87 reviews")
        .contains("frustration 80 → " + correction.frustration());
  }

  @Test
  void withoutAPromotedModelTheTicketIsNotTokenized() {
    when(models.activeVersion()).thenReturn(Optional.empty());

    assertThat(new LearnedCorrection(models, 0.5).correct(() -> {
      throw new AssertionError("tokenized without a model");
    }, 90)).isEmpty();
  }

  @Test
  void theClassifierGivesTheModelsProbabilityAndTheModelStillStoresAsItsCounts() throws Exception {
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(new LabelledExample("k" + i, TicketTokens.of(i % 2 == 0 ? "invoice address change please"
          : "production outage data lost, invoice"), i % 2 == 1, true));
    }
    NaiveBayesModel model = NaiveBayesModel.train(examples);
    NaiveBayesModel.Classifier classifier = model.classifier();
    for (String text : List.of("Invoice address change", "Outage! Data lost", "nothing known here", "")) {
      List<String> tokens = TicketTokens.of(text);
      assertThat(classifier.probabilityOfEscalation(tokens)).isEqualTo(model.probabilityOfEscalation(tokens));
    }
    assertThat(NaiveBayesModel.train(examples.subList(0, 1)).classifier().probabilityOfEscalation(List.of("x")))
        .isEqualTo(0.5);

    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    String stored = json.writeValueAsString(model);
    assertThat(json.readTree(stored).fieldNames()).toIterable()
        .containsExactlyInAnyOrder("escalateDocs", "otherDocs", "escalateCounts", "otherCounts");
    assertThat(json.readValue(stored, NaiveBayesModel.class)).isEqualTo(model);
  }

  @Test
  void theTicketIsTokenizedOnceForBothCorrections() {
    java.util.function.Supplier<List<String>> tokens = TicketTokens.once("Exporting EXPORTS");

    assertThat(tokens.get()).containsExactly("export", "export").isSameAs(tokens.get());
  }

  @Test
  void theBlendWeighsRulesAndModel() {
    assertThat(LearnedCorrection.blend(80, 0.0, 0.5)).isEqualTo(40);
    assertThat(LearnedCorrection.blend(30, 1.0, 0.5)).isEqualTo(65);
    assertThat(LearnedCorrection.blend(30, 1.0, 0.0)).isEqualTo(30);
  }
}
