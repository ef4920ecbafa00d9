package com.sentimenttriage.learning;

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
 * clearly more often than the rules on enough held-out tickets, and then corrects the topic (and its risk) before the
 * gate where it is sure against the rules' topic.
 */
class TopicLearningTest {

  private static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  private static final LearningProperties DEFAULTS = LearningProperties.defaults();
  private static final ModelTrainer.PromotionRule PROMOTION = new ModelTrainer.PromotionRule(10, 3, 0.05);
  private static final TopicModel.CorrectionRule SURE = TopicModel.CorrectionRule.of(DEFAULTS);
  private static final String INVOICE = "We were charged twice on this invoice, please refund the second payment";
  private static final String EXPORT = "The export is broken since the update and we cannot send our reports";
  /** A text that shares no word with the others, for teaching the model a topic besides them. */
  private static final String ACCOUNT_NOTE = "Hello team, a short note about our workspace settings";
  private static final String SYNC = "The Salesforce sync is broken since the update, records are not syncing";

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
    // The rules called every invoice ticket "General annoyance"; reviewers settled them as Billing, and kept the
    // rules' "General annoyance" for notes that are one.
    TopicTrainer.Outcome outcome = new TopicTrainer(PROMOTION, SURE)
        .train(knowing("General annoyance", examples(80, "Billing", "Core workflow failure", "General annoyance")));

    assertThat(outcome.heldOutExamples()).isGreaterThanOrEqualTo(10);
    assertThat(outcome.rulesAccuracy()).isLessThan(0.75);
    assertThat(outcome.modelAccuracy()).isGreaterThan(outcome.rulesAccuracy());
    assertThat(outcome.promoted()).isTrue();
    assertThat(outcome.model().examples()).as("the promoted model learns from all examples").isEqualTo(100);
  }

  @Test
  void aWorseTopicModelIsNotPromoted() {
    // Identical texts carry no signal, while the rules named the settled topic every time.
    List<TopicExample> examples = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      String topic = i % 2 == 0 ? "Billing" : "Data integrity";
      examples.add(new TopicExample("same-" + i, TicketTokens.of("Something is off with our account"), topic, topic,
          LabelSource.REVIEW));
    }
    TopicTrainer.Outcome outcome = new TopicTrainer(PROMOTION, SURE).train(examples);

    // Never sure of either topic, the model leaves the rules' topic everywhere and does no better than they do.
    assertThat(outcome.rulesAccuracy()).isEqualTo(1.0);
    assertThat(outcome.modelAccuracy()).isLessThanOrEqualTo(1.0);
    assertThat(outcome.promoted()).isFalse();
    assertThat(outcome.reason()).contains("not better than the rules");
  }

  @Test
  void settledTopicsAreReadAsTheTaxonomyNamesThemAndComparedWithTheRulesAlone() {
    TopicTraining training = new TopicTraining(mock(TopicModels.class), SCORER, java.time.Clock.systemUTC(), DEFAULTS);

    List<TopicExample> examples = training.examples(List.of(
        new TopicModels.SettledTopic("k1", EXPORT, "billing", LabelSource.REVIEW),
        new TopicModels.SettledTopic("k2", "Thanks, all good", "none of these", LabelSource.AUDIT),
        new TopicModels.SettledTopic("k3", EXPORT, "Something the taxonomy lacks", LabelSource.FLAG)));

    assertThat(examples).extracting(TopicExample::topic).containsExactly("Billing", TopicModel.NO_TOPIC);
    assertThat(examples.get(0).rulesTopic()).isEqualTo("Core workflow failure");
    assertThat(examples.get(1).rulesTopic()).isEqualTo(TopicModel.NO_TOPIC);
    assertThat(examples).extracting(TopicExample::source).containsExactly(LabelSource.REVIEW, LabelSource.AUDIT);
  }

  @Test
  void thePromotedTopicModelCorrectsTopicRiskAndChurnBeforeTheGateAndSaysSo() {
    TopicModels models = promotedTopicModel(2, new LabelCounts(70, 15, 0, 5), TopicModel.train(knowing("Billing",
        examples(80, "Churn threat", "Core workflow failure", "Billing"))));
    LearnedCorrection noUrgencyModel = mock(LearnedCorrection.class);
    when(noUrgencyModel.correct(any(), anyInt())).thenReturn(Optional.empty());
    DelegateExecution execution = invoiceTicket("Charged twice again, refund the payment on this invoice", "Billing",
        "\"charged twice\" -1.50");

    new ApplyLearnedCorrectionDelegate(noUrgencyModel, new LearnedTopicCorrection(models, SCORER, DEFAULTS))
        .execute(execution);

    verify(execution).setVariable("topics", "Churn threat");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.CRITICAL.displayName());
    verify(execution).setVariable("churnRisk", true);
    verify(execution).setVariable("scoreExplanation", "\"charged twice\" -1.50; learned from this team's labels: "
        + "topic Churn threat instead of Billing (topic model v2, 99% sure, from 70 reviews, 15 audits and 5 flags)");
  }

  @Test
  void whenTheModelAgreesWithTheRulesOrNoneIsPromotedTheTopicStands() {
    TopicModels models = mock(TopicModels.class);
    when(models.activeVersion()).thenReturn(Optional.of(1));
    when(models.active()).thenReturn(Optional.of(new TopicModels.ActiveTopicModel(1, 80, null,
        TopicModel.train(examples(80, "Billing", "Core workflow failure", "Billing")))));
    assertThat(new LearnedTopicCorrection(models, SCORER, DEFAULTS)
        .correct(TicketTokens.once(INVOICE), "Billing, Data integrity")).isEmpty();

    TopicModels none = mock(TopicModels.class);
    when(none.activeVersion()).thenReturn(Optional.empty());
    assertThat(new LearnedTopicCorrection(none, SCORER, DEFAULTS)
        .correct(TicketTokens.once(INVOICE), "Security or legal")).isEmpty();
    verify(none, org.mockito.Mockito.never()).active();
  }

  @Test
  void theCorrectedTopicReplacesOnlyTheFirstTopicAndTheRulesOtherTopicsAndChurnThreatStand() {
    // The rules put "General annoyance" first and also found a churn threat; the model says the first is Billing.
    DelegateExecution execution = correctTopics(TopicModel.train(knowing("General annoyance",
        examples(80, "Billing", "Core workflow failure", "General annoyance"))), "General annoyance, Churn threat",
        RiskLevel.CRITICAL, true);

    verify(execution).setVariable("topics", "Billing, Churn threat");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.CRITICAL.displayName());
    verify(execution).setVariable("churnRisk", true);
  }

  @Test
  void aCorrectionAwayFromTheChurnThreatKeepsTheRulesChurnFlagAndNamesNoTopicTwice() {
    // The rules put the churn threat first; the model says Billing, which the rules had found too.
    DelegateExecution execution = correctTopics(TopicModel.train(knowing("Churn threat",
        examples(80, "Billing", "Core workflow failure", "Billing"))), "Churn threat, Billing, Core workflow failure",
        RiskLevel.CRITICAL, true);

    verify(execution).setVariable("topics", "Billing, Core workflow failure");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.HIGH.displayName());
    verify(execution).setVariable("churnRisk", true);
  }

  @Test
  void whenTheModelSaysNoneOfTheTopicsTheRulesOtherTopicsStand() {
    DelegateExecution execution = correctTopics(TopicModel.train(knowing("Billing", examples(80, TopicModel.NO_TOPIC,
        "Core workflow failure", "Billing"))), "Billing, Core workflow failure", RiskLevel.HIGH, false);

    verify(execution).setVariable("topics", "Core workflow failure");
    verify(execution).setVariable("highestTopicRisk", RiskLevel.HIGH.displayName());
    verify(execution).setVariable("churnRisk", false);
    verify(execution).setVariable("scoreExplanation", "learned from this team's labels: no topic instead of Billing "
        + "(topic model v4, 99% sure, from 80 labelled tickets)");
  }

  @Test
  void settledTicketsWithoutTopicTeachTheModelThatATicketHasNoneAndItKeepsThemTopicLess() {
    // What reviews settle: export outages as the rules found them, and thank-you notes without any topic.
    List<TopicModels.SettledTopic> settled = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      settled.add(i % 2 == 0 ? new TopicModels.SettledTopic("k" + i, EXPORT, "Core workflow failure",
          LabelSource.REVIEW) : new TopicModels.SettledTopic("k" + i, "Thanks for the quick answer, we are all set",
          TopicModel.NO_TOPIC, LabelSource.REVIEW));
    }
    TopicModel model = TopicModel.train(new TopicTraining(mock(TopicModels.class), SCORER,
        java.time.Clock.systemUTC(), DEFAULTS).examples(settled));

    assertThat(model.documents()).containsEntry(TopicModel.NO_TOPIC, 40);
    assertThat(model.predict(TicketTokens.of("Thanks, all set now"))).isEqualTo(TopicModel.NO_TOPIC);
    assertThat(promoted(model).correct(TicketTokens.once("Thanks, all set now"), "")).isEmpty();
  }

  @Test
  void aModelThatNeverLearnedNoTopicDoesNotGiveTopicLessTicketsATopic() {
    // Only tickets with a topic were ever settled: the model knows nothing of tickets without one.
    TopicModel model = TopicModel.train(examples(80, "Billing", "Core workflow failure", "Billing"));
    assertThat(model.predict(TicketTokens.of("How do I add a second admin to our workspace?"))).isNotNull();

    assertThat(promoted(model).correct(TicketTokens.once("How do I add a second admin to our workspace?"), ""))
        .isEmpty();
  }

  @Test
  void aRulesTopicTheModelHasNotLearnedStands() {
    // The team settled export failures and invoices, never an integration failure.
    TopicModel model = TopicModel.train(examples(80, "Billing", "Core workflow failure", "Billing"));
    assertThat(model.predict(TicketTokens.of(SYNC))).as("what the model alone names")
        .isEqualTo("Core workflow failure");

    assertThat(promoted(model).correct(TicketTokens.once(SYNC), "Integration failure")).isEmpty();
  }

  @Test
  void aRulesTopicTheModelIsNotSureAgainstStands() {
    // "sync ... broken" was an integration failure, "export ... broken" a core workflow failure; a ticket naming
    // both is a toss-up for the model, and the rules' topic stays.
    List<TopicExample> examples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean sync = i % 2 == 0;
      examples.add(new TopicExample("k" + i, TicketTokens.of(sync ? "the sync is broken" : "the export is broken"),
          sync ? "Integration failure" : "Core workflow failure", "Core workflow failure", LabelSource.REVIEW));
    }
    TopicModel model = TopicModel.train(examples);
    List<String> both = TicketTokens.of("sync and export broken");
    assertThat(model.classifier().prediction(both).probability()).isBetween(0.4, 0.6);

    assertThat(promoted(model).correct(TicketTokens.once("sync and export broken"), "Integration failure")).isEmpty();
    assertThat(promoted(model).correct(TicketTokens.once("the export is broken"), "Integration failure"))
        .map(LearnedTopicCorrection.TopicCorrection::topics).contains("Core workflow failure");
  }

  @Test
  void aTopicTheRulesDidNotFindIsNotCalledInsteadOfNoneOfThese() {
    TopicModel model = TopicModel.train(knowing(TopicModel.NO_TOPIC,
        examples(80, "Billing", "Core workflow failure", TopicModel.NO_TOPIC)));

    assertThat(promoted(model).correct(TicketTokens.once(INVOICE), "")).map(
        LearnedTopicCorrection.TopicCorrection::explanation).contains(
            "topic Billing, which the rules did not find (topic model v4, 99% sure, from 80 labelled tickets)");
  }

  @Test
  void aOneTicketLeadOnTheHeldOutTicketsIsNoPromotionForTheTopicModelEither() {
    List<TopicExample> oneTicketLead = new ArrayList<>();
    int rulesWrong = 0;
    for (int i = 0; i < 80; i++) {
      boolean invoice = i % 2 == 0;
      String key = "generic:T-" + i;
      String topic = invoice ? "Billing" : "Core workflow failure";
      boolean rulesRight = !ModelTrainer.isHeldOut(key) || rulesWrong++ >= 1;
      oneTicketLead.add(new TopicExample(key, TicketTokens.of(invoice ? INVOICE : EXPORT), topic,
          rulesRight ? topic : invoice ? "Core workflow failure" : "Billing", LabelSource.REVIEW));
    }

    TopicTrainer.Outcome outcome = new TopicTrainer(PROMOTION, SURE).train(oneTicketLead);

    assertThat(outcome.modelAccuracy()).isEqualTo(1.0);
    assertThat(outcome.promoted()).isFalse();
    assertThat(outcome.reason()).startsWith("beats the rules by only 1 of ");
  }

  @Test
  void whenBothModelsCorrectTheExplanationSaysWhereTheyLearnedOnceAndNamesNoPhraseTwice() {
    List<LabelledExample> urgency = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      boolean invoice = i % 2 == 0;
      urgency.add(new LabelledExample("k" + i, TicketTokens.of(invoice ? INVOICE : EXPORT), !invoice, true,
          LabelSource.REVIEW));
    }
    FeedbackModels urgencyModels = mock(FeedbackModels.class);
    when(urgencyModels.activeVersion()).thenReturn(Optional.of(3));
    when(urgencyModels.active()).thenReturn(Optional.of(new FeedbackModels.ActiveModel(3, 120,
        new LabelCounts(80, 25, 15, 0), NaiveBayesModel.train(urgency))));
    TopicModels topicModels = promotedTopicModel(2, new LabelCounts(70, 15, 0, 5), TopicModel.train(
        knowing("General annoyance", examples(80, "Billing", "Core workflow failure", "General annoyance"))));
    DelegateExecution execution = invoiceTicket(INVOICE, "General annoyance", "\"charged twice\" -1.50");

    new ApplyLearnedCorrectionDelegate(new LearnedCorrection(urgencyModels, DEFAULTS),
        new LearnedTopicCorrection(topicModels, SCORER, DEFAULTS)).execute(execution);

    org.mockito.ArgumentCaptor<Object> explanation = org.mockito.ArgumentCaptor.forClass(Object.class);
    verify(execution).setVariable(org.mockito.ArgumentMatchers.eq("scoreExplanation"), explanation.capture());
    assertThat(explanation.getValue().toString()).matches("\"charged twice\" -1\\.50; learned from this team's "
        + "labels: frustration 60 → \\d+ \\(urgency model v3, from 80 reviews, 25 audits and 15 recall-audit "
        + "answers\\); topic Billing instead of General annoyance \\(topic model v2, 99% sure, from 70 reviews, 15 "
        + "audits and 5 flags\\)");
  }

  @Test
  void withoutPromotedModelsTheTicketIsNotTokenized() {
    TopicModels none = mock(TopicModels.class);
    when(none.activeVersion()).thenReturn(Optional.empty());
    java.util.function.Supplier<List<String>> tokens = () -> {
      throw new AssertionError("tokenized without a model");
    };

    assertThat(new LearnedTopicCorrection(none, SCORER, DEFAULTS).correct(tokens, "Billing")).isEmpty();
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
    LearnedCorrection noUrgencyModel = mock(LearnedCorrection.class);
    when(noUrgencyModel.correct(any(), anyInt())).thenReturn(Optional.empty());
    DelegateExecution execution = invoiceTicket("Charged twice again, refund the payment on this invoice", topics, "");
    when(execution.getVariable("highestTopicRisk")).thenReturn(highestRisk.displayName());
    when(execution.getVariable("churnRisk")).thenReturn(churnRisk);

    new ApplyLearnedCorrectionDelegate(noUrgencyModel, promoted(model)).execute(execution);
    return execution;
  }

  /** The topic correction with {@code model} promoted as version 4, learned from 80 tickets of unknown kinds. */
  private static LearnedTopicCorrection promoted(TopicModel model) {
    return new LearnedTopicCorrection(promotedTopicModel(4, null, model), SCORER, DEFAULTS);
  }

  /** @param labels null for a version trained before label counts were kept (80 labelled tickets) */
  private static TopicModels promotedTopicModel(int version, LabelCounts labels, TopicModel model) {
    TopicModels models = mock(TopicModels.class);
    when(models.activeVersion()).thenReturn(Optional.of(version));
    when(models.active()).thenReturn(Optional.of(new TopicModels.ActiveTopicModel(version,
        labels == null ? 80 : labels.total(), labels, model)));
    return models;
  }

  /** An invoice ticket at frustration 60 as the rules scored it. */
  private static DelegateExecution invoiceTicket(String text, String topics, String explanation) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("subject")).thenReturn("Invoice");
    when(execution.getVariable("ticketText")).thenReturn(text);
    when(execution.getVariable("frustration")).thenReturn(60);
    when(execution.getVariable("topics")).thenReturn(topics);
    when(execution.getVariable("scoreExplanation")).thenReturn(explanation);
    return execution;
  }

  /** {@code examples} and twenty notes settled as {@code topic}: the model learns that topic too. */
  private static List<TopicExample> knowing(String topic, List<TopicExample> examples) {
    List<TopicExample> more = new ArrayList<>(examples);
    for (int i = 0; i < 20; i++) {
      more.add(new TopicExample("note-" + i, TicketTokens.of(ACCOUNT_NOTE), topic, topic, LabelSource.REVIEW));
    }
    return more;
  }

  /** Half invoice tickets settled as {@code invoiceTopic}, half export outages; the rules named {@code rulesInvoice}. */
  private static List<TopicExample> examples(int count, String invoiceTopic, String exportTopic, String rulesInvoice) {
    List<TopicExample> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean invoice = i % 2 == 0;
      examples.add(new TopicExample("generic:T-" + i, TicketTokens.of(invoice ? INVOICE : EXPORT),
          invoice ? invoiceTopic : exportTopic, invoice ? rulesInvoice : exportTopic, LabelSource.REVIEW));
    }
    return examples;
  }
}
