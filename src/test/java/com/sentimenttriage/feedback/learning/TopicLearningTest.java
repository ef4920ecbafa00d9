package com.sentimenttriage.feedback.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sentimenttriage.scoring.engine.RiskLevel;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * Reclassified topics and flags' topics teach a second model; it is promoted only when it names the settled topic
 * more often than the rules on held-out tickets, and then corrects the topic (and its risk) before the gate.
 */
class TopicLearningTest {

  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  private static final String INVOICE = "We were charged twice on this invoice, please refund the second payment";
  private static final String EXPORT = "The export is broken since the update and we cannot send our reports";

  @Test
  void labelsChangeTheTopicTheModelNames() {
    TopicModel billing = TopicModel.train(examples(40, "Billing", "Core workflow failure", "General annoyance"));
    TopicModel churn = TopicModel.train(examples(40, "Churn threat", "Core workflow failure", "General annoyance"));

    List<String> newInvoice = TicketTokens.of("Please refund the double charge on our last invoice");
    assertThat(billing.predict(newInvoice)).isEqualTo("Billing");
    assertThat(churn.predict(newInvoice)).isEqualTo("Churn threat");
    assertThat(billing.predict(TicketTokens.of("Our export is broken again"))).isEqualTo("Core workflow failure");
  }

  @Test
  void aTopicModelThatBeatsTheRulesIsPromoted() {
    // The rules called every invoice ticket "General annoyance"; reviewers settled them as Billing.
    TopicTrainer.Outcome outcome = new TopicTrainer(10)
        .train(examples(80, "Billing", "Core workflow failure", "General annoyance"));

    assertThat(outcome.heldOutExamples()).isGreaterThanOrEqualTo(10);
    assertThat(outcome.rulesAccuracy()).isLessThan(0.75);
    assertThat(outcome.modelAccuracy()).isGreaterThan(outcome.rulesAccuracy());
    assertThat(outcome.promoted()).isTrue();
    assertThat(outcome.model().examples()).as("the promoted model learns from all examples").isEqualTo(80);
  }

  @Test
  void aWorseTopicModelIsNotPromoted() {
    // Identical texts carry no signal, while the rules named the settled topic every time.
    List<TopicExample> examples = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      String topic = i % 2 == 0 ? "Billing" : "Data integrity";
      examples.add(new TopicExample("same-" + i, TicketTokens.of("Something is off with our account"), topic, topic));
    }
    TopicTrainer.Outcome outcome = new TopicTrainer(10).train(examples);

    assertThat(outcome.rulesAccuracy()).isEqualTo(1.0);
    assertThat(outcome.modelAccuracy()).isLessThan(1.0);
    assertThat(outcome.promoted()).isFalse();
    assertThat(outcome.reason()).contains("not better than the rules");
  }

  @Test
  void settledTopicsAreReadAsTheTaxonomyNamesThemAndComparedWithTheRulesAlone() {
    TopicTraining training = new TopicTraining(mock(TopicModels.class), SCORER, java.time.Clock.systemUTC(), 10);

    List<TopicExample> examples = training.examples(List.of(
        new TopicModels.SettledTopic("k1", EXPORT, "billing"),
        new TopicModels.SettledTopic("k2", "Thanks, all good", "none of these"),
        new TopicModels.SettledTopic("k3", EXPORT, "Something the taxonomy lacks")));

    assertThat(examples).extracting(TopicExample::topic).containsExactly("Billing", TopicModel.NO_TOPIC);
    assertThat(examples.get(0).rulesTopic()).isEqualTo("Core workflow failure");
    assertThat(examples.get(1).rulesTopic()).isEqualTo(TopicModel.NO_TOPIC);
  }

  @Test
  void thePromotedTopicModelCorrectsTopicRiskAndChurnBeforeTheGateAndSaysSo() {
    TopicModels models = mock(TopicModels.class);
    when(models.activeVersion()).thenReturn(Optional.of(2));
    when(models.active()).thenReturn(Optional.of(new TopicModels.ActiveTopicModel(2, 80,
        TopicModel.train(examples(80, "Churn threat", "Core workflow failure", "Billing")))));
    LearnedCorrection noUrgencyModel = mock(LearnedCorrection.class);
    when(noUrgencyModel.correct(any(), anyInt())).thenReturn(Optional.empty());
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("subject")).thenReturn("Invoice");
    when(execution.getVariable("ticketText")).thenReturn("Charged twice again, refund the payment on this invoice");
    when(execution.getVariable("frustration")).thenReturn(60);
    when(execution.getVariable("topics")).thenReturn("Billing");
    when(execution.getVariable("scoreExplanation")).thenReturn("\"charged twice\" -1.50");

    new ApplyLearnedCorrectionDelegate(noUrgencyModel, new LearnedTopicCorrection(models, SCORER))
        .execute(execution);

    verify(execution).setVariable("topics", "Churn threat");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.CRITICAL.displayName());
    verify(execution).setVariable("churnRisk", true);
    verify(execution).setVariable("scoreExplanation", "\"charged twice\" -1.50; topic Churn threat instead of "
        + "Billing, from the model learned from 80 settled topics");
  }

  @Test
  void whenTheModelAgreesWithTheRulesOrNoneIsPromotedTheTopicStands() {
    TopicModels models = mock(TopicModels.class);
    when(models.activeVersion()).thenReturn(Optional.of(1));
    when(models.active()).thenReturn(Optional.of(new TopicModels.ActiveTopicModel(1, 80,
        TopicModel.train(examples(80, "Billing", "Core workflow failure", "Billing")))));
    assertThat(new LearnedTopicCorrection(models, SCORER).correct(TicketTokens.once(INVOICE), "Billing, Data integrity")).isEmpty();

    TopicModels none = mock(TopicModels.class);
    when(none.activeVersion()).thenReturn(Optional.empty());
    assertThat(new LearnedTopicCorrection(none, SCORER).correct(TicketTokens.once(INVOICE), "Security or legal")).isEmpty();
    verify(none, org.mockito.Mockito.never()).active();
  }

  @Test
  void theCorrectedTopicReplacesOnlyTheFirstTopicAndTheRulesOtherTopicsAndChurnThreatStand() {
    // The rules put "General annoyance" first and also found a churn threat; the model says the first is Billing.
    DelegateExecution execution = correctTopics(TopicModel.train(examples(80, "Billing", "Core workflow failure",
        "General annoyance")), "General annoyance, Churn threat", RiskLevel.CRITICAL, true);

    verify(execution).setVariable("topics", "Billing, Churn threat");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.CRITICAL.displayName());
    verify(execution).setVariable("churnRisk", true);
  }

  @Test
  void aCorrectionAwayFromTheChurnThreatKeepsTheRulesChurnFlagAndNamesNoTopicTwice() {
    // The rules put the churn threat first; the model says Billing, which the rules had found too.
    DelegateExecution execution = correctTopics(TopicModel.train(examples(80, "Billing", "Core workflow failure",
        "Billing")), "Churn threat, Billing, Core workflow failure", RiskLevel.CRITICAL, true);

    verify(execution).setVariable("topics", "Billing, Core workflow failure");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.HIGH.displayName());
    verify(execution).setVariable("churnRisk", true);
  }

  @Test
  void whenTheModelSaysNoneOfTheTopicsTheRulesOtherTopicsStand() {
    DelegateExecution execution = correctTopics(TopicModel.train(examples(80, TopicModel.NO_TOPIC,
        "Core workflow failure", "Billing")), "Billing, Core workflow failure", RiskLevel.HIGH, false);

    verify(execution).setVariable("topics", "Core workflow failure");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.HIGH.displayName());
    verify(execution).setVariable("churnRisk", false);
  }

  @Test
  void withoutPromotedModelsTheTicketIsNotTokenized() {
    TopicModels none = mock(TopicModels.class);
    when(none.activeVersion()).thenReturn(Optional.empty());
    java.util.function.Supplier<List<String>> tokens = () -> {
      throw new AssertionError("tokenized without a model");
    };

    assertThat(new LearnedTopicCorrection(none, SCORER).correct(tokens, "Billing")).isEmpty();
  }

  @Test
  void theClassifierPredictsAsTheModelAndTheModelStillStoresAsItsCounts() throws Exception {
    TopicModel model = TopicModel.train(examples(40, "Billing", "Core workflow failure", "General annoyance"));
    TopicModel.Classifier classifier = model.classifier();
    for (String text : List.of(INVOICE, EXPORT, "Please refund the double charge", "nothing known here", "")) {
      assertThat(classifier.predict(TicketTokens.of(text))).isEqualTo(model.predict(TicketTokens.of(text)));
    }
    assertThat(new TopicModel(java.util.Map.of(), java.util.Map.of()).classifier().predict(List.of("x"))).isNull();

    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    String stored = json.writeValueAsString(model);
    assertThat(json.readTree(stored).fieldNames()).toIterable().containsExactlyInAnyOrder("documents", "counts");
    assertThat(json.readValue(stored, TopicModel.class)).isEqualTo(model);
  }

  /** Runs the delegate with a promoted {@code model} on an invoice ticket the rules scored as given. */
  private static DelegateExecution correctTopics(TopicModel model, String topics, RiskLevel highestRisk,
      boolean churnRisk) {
    TopicModels models = mock(TopicModels.class);
    when(models.activeVersion()).thenReturn(Optional.of(4));
    when(models.active()).thenReturn(Optional.of(new TopicModels.ActiveTopicModel(4, 80, model)));
    LearnedCorrection noUrgencyModel = mock(LearnedCorrection.class);
    when(noUrgencyModel.correct(any(), anyInt())).thenReturn(Optional.empty());
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("subject")).thenReturn("Invoice");
    when(execution.getVariable("ticketText")).thenReturn("Charged twice again, refund the payment on this invoice");
    when(execution.getVariable("frustration")).thenReturn(60);
    when(execution.getVariable("topics")).thenReturn(topics);
    when(execution.getVariable("highestTopicRisk")).thenReturn(highestRisk.displayName());
    when(execution.getVariable("churnRisk")).thenReturn(churnRisk);
    when(execution.getVariable("scoreExplanation")).thenReturn("");

    new ApplyLearnedCorrectionDelegate(noUrgencyModel, new LearnedTopicCorrection(models, SCORER))
        .execute(execution);
    return execution;
  }

  /** Half invoice tickets settled as {@code invoiceTopic}, half export outages; the rules named {@code rulesInvoice}. */
  private static List<TopicExample> examples(int count, String invoiceTopic, String exportTopic, String rulesInvoice) {
    List<TopicExample> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean invoice = i % 2 == 0;
      examples.add(new TopicExample("generic:T-" + i, TicketTokens.of(invoice ? INVOICE : EXPORT),
          invoice ? invoiceTopic : exportTopic, invoice ? rulesInvoice : exportTopic));
    }
    return examples;
  }
}
