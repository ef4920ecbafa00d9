package com.sentimenttriage.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sentimenttriage.scoring.TicketText;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The promoted model corrects the frustration the gate reads and says so; without one nothing changes. */
class LearnedCorrectionTest {

  private static final LearningProperties DEFAULTS = LearningProperties.defaults();

  private final FeedbackModels models = mock(FeedbackModels.class);

  @Test
  void withoutAPromotedModelTheRulesStand() {
    when(models.activeVersion()).thenReturn(Optional.empty());

    assertThat(new LearnedCorrection(models, DEFAULTS).correct(TicketTokens.once("Everything is broken"), 90))
        .isEmpty();
  }

  @Test
  void aPromotedModelLowersWhatThisTeamDismissesAndSaysWhatItLearnedFromTruthfully() {
    promote(new LabelCounts(60, 20, 5, 2), "invoice address change please", "production outage data lost");

    LearnedCorrection.Correction correction = new LearnedCorrection(models, DEFAULTS)
        .correct(TicketTokens.once("Invoice address change, please!"), 60).orElseThrow();

    assertThat(correction.frustration()).isLessThan(40);
    assertThat(correction.modelVersion()).isEqualTo(3);
    assertThat(correction.explanation()).isEqualTo("frustration 60 → " + correction.frustration()
        + " (urgency model v3, from 60 reviews, 20 audits, 5 recall-audit answers and 2 flags)");
  }

  @Test
  void oneWordTheTeamDismissedCannotHalveAStrongRulesSignal() {
    // The team dismissed every "Complaint" about an invoice address and confirmed every outage.
    promote(new LabelCounts(87, 0, 0, 0), "Complaint: the invoice address on our account is wrong, please update it",
        "Our production export is down and we lose data");
    String text = TicketText.of("Complaint", "This is a disaster!!! Nothing works");
    int rules = SentimentScorer.withBuiltInLexicon().score(text).frustration();
    assertThat(rules).as("the rules' frustration, a strong signal").isGreaterThanOrEqualTo(DEFAULTS.strongSignal());

    LearnedCorrection.Correction correction =
        new LearnedCorrection(models, DEFAULTS).correct(TicketTokens.once(text), rules).orElseThrow();

    int modelAlone = LearnedCorrection.blend(rules, correction.probability(), DEFAULTS.weight());
    assertThat(modelAlone).as("what the blend alone would give").isLessThan(rules / 2 + 5);
    assertThat(correction.frustration()).isEqualTo(rules - 10);
    assertThat(correction.explanation()).isEqualTo("frustration " + rules + " → " + (rules - 10)
        + " (urgency model v3, from 87 reviews; it gave " + modelAlone
        + ", but may lower a strong rules signal by 10 points at most)");
  }

  @Test
  void belowTheStrongSignalAndUpwardsTheModelIsNotHeldBack() {
    promote(new LabelCounts(87, 0, 0, 0), "invoice address change please", "production outage data lost");
    LearnedCorrection correction = new LearnedCorrection(models, DEFAULTS);

    LearnedCorrection.Correction lowered = correction.correct(TicketTokens.once("invoice address change"), 64)
        .orElseThrow();
    LearnedCorrection.Correction raised = correction.correct(TicketTokens.once("production outage"), 70)
        .orElseThrow();

    assertThat(lowered.frustration()).isEqualTo(LearnedCorrection.blend(64, lowered.probability(), 0.5))
        .isLessThan(40);
    assertThat(raised.frustration()).isEqualTo(LearnedCorrection.blend(70, raised.probability(), 0.5))
        .isGreaterThan(80);
  }

  @Test
  void aFrustrationTheModelLeavesAsItIsIsNotCalledAdjusted() {
    promote(new LabelCounts(10, 0, 1, 0), "invoice address change please", "production outage data lost");

    // Neither word is known to the model: it gives its prior, one half, and 50 stays 50.
    assertThat(new LearnedCorrection(models, DEFAULTS).correct(TicketTokens.once("hello"), 50).orElseThrow()
        .explanation())
        .isEqualTo("frustration 50 unchanged (urgency model v3, from 10 reviews and 1 recall-audit answer)");
  }

  /** Promotes, as version 3, a model of {@code dismissed} and {@code confirmed} texts, alternately. */
  private void promote(LabelCounts labels, String dismissed, String confirmed) {
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      boolean chatter = i % 2 == 0;
      examples.add(new LabelledExample("k" + i, TicketTokens.of(chatter ? dismissed : confirmed), !chatter, true,
          LabelSource.REVIEW));
    }
    when(models.activeVersion()).thenReturn(Optional.of(3));
    when(models.active()).thenReturn(Optional.of(
        new FeedbackModels.ActiveModel(3, labels.total(), labels, NaiveBayesModel.train(examples))));
  }

  @Test
  void withoutAPromotedModelTheTicketIsNotTokenized() {
    when(models.activeVersion()).thenReturn(Optional.empty());

    assertThat(new LearnedCorrection(models, DEFAULTS).correct(() -> {
      throw new AssertionError("tokenized without a model");
    }, 90)).isEmpty();
  }

  @Test
  void theClassifierGivesTheModelsProbabilityAndTheModelStillStoresAsItsCounts() throws Exception {
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(new LabelledExample("k" + i, TicketTokens.of(i % 2 == 0 ? "invoice address change please"
          : "production outage data lost, invoice"), i % 2 == 1, true, LabelSource.REVIEW));
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
