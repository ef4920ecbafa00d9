package com.sentimenttriage.learning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multinomial naive Bayes over ticket tokens with Laplace smoothing, for one question: did this ticket warrant a
 * human (escalate) or not? Immutable once built; its parameters are plain counts so it stores as JSON.
 *
 * @param escalateDocs   labelled examples that warranted escalation
 * @param otherDocs      labelled examples that did not
 * @param escalateCounts token counts over the escalate examples
 * @param otherCounts    token counts over the others
 */
public record NaiveBayesModel(int escalateDocs, int otherDocs, Map<String, Integer> escalateCounts,
    Map<String, Integer> otherCounts) {

  public NaiveBayesModel {
    escalateCounts = Map.copyOf(escalateCounts);
    otherCounts = Map.copyOf(otherCounts);
  }

  public static NaiveBayesModel train(List<LabelledExample> examples) {
    Map<String, Integer> escalate = new HashMap<>();
    Map<String, Integer> other = new HashMap<>();
    int escalateDocs = 0;
    for (LabelledExample example : examples) {
      Map<String, Integer> counts = example.shouldEscalate() ? escalate : other;
      escalateDocs += example.shouldEscalate() ? 1 : 0;
      for (String token : example.tokens()) {
        counts.merge(token, 1, Integer::sum);
      }
    }
    return new NaiveBayesModel(escalateDocs, examples.size() - escalateDocs, escalate, other);
  }

  public int examples() {
    return escalateDocs + otherDocs;
  }

  /** P(escalation warranted | tokens), 0..1; 0.5 for a model that has seen nothing of one class. */
  public double probabilityOfEscalation(List<String> tokens) {
    return classifier().probabilityOfEscalation(tokens);
  }

  public boolean predictsEscalation(List<String> tokens) {
    return probabilityOfEscalation(tokens) >= 0.5;
  }

  /**
   * This model with the totals every prediction needs worked out once. A record cannot keep them (they would be
   * stored as JSON too), so whoever predicts for many tickets with one model keeps its classifier.
   */
  public Classifier classifier() {
    return new Classifier(this);
  }

  /** Predicts with one model; immutable and thread-safe. */
  public static final class Classifier {

    private final NaiveBayesModel model;
    private final boolean oneClassUnseen;
    private final int vocabulary;
    private final double escalateTotal;
    private final double otherTotal;
    private final double logEscalatePrior;
    private final double logOtherPrior;

    private Classifier(NaiveBayesModel model) {
      this.model = model;
      this.oneClassUnseen = model.escalateDocs == 0 || model.otherDocs == 0;
      Set<String> all = new HashSet<>(model.escalateCounts.keySet());
      all.addAll(model.otherCounts.keySet());
      this.vocabulary = all.size();
      this.escalateTotal = total(model.escalateCounts);
      this.otherTotal = total(model.otherCounts);
      this.logEscalatePrior = Math.log((model.escalateDocs + 1.0) / (model.examples() + 2.0));
      this.logOtherPrior = Math.log((model.otherDocs + 1.0) / (model.examples() + 2.0));
    }

    /** See {@link NaiveBayesModel#probabilityOfEscalation}. */
    public double probabilityOfEscalation(List<String> tokens) {
      if (oneClassUnseen) {
        return 0.5;
      }
      double logEscalate = logEscalatePrior;
      double logOther = logOtherPrior;
      for (String token : tokens) {
        Integer escalate = model.escalateCounts.get(token);
        Integer other = model.otherCounts.get(token);
        if (escalate == null && other == null) {
          continue; // unseen words say nothing about this team's reviews
        }
        logEscalate += Math.log(((escalate == null ? 0 : escalate) + 1.0) / (escalateTotal + vocabulary));
        logOther += Math.log(((other == null ? 0 : other) + 1.0) / (otherTotal + vocabulary));
      }
      double difference = Math.max(-50, Math.min(50, logOther - logEscalate));
      return 1.0 / (1.0 + Math.exp(difference));
    }

    private static double total(Map<String, Integer> counts) {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
