package com.sentimenttriage.feedback.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    if (escalateDocs == 0 || otherDocs == 0) {
      return 0.5;
    }
    int vocabulary = vocabularySize();
    double escalateTotal = total(escalateCounts);
    double otherTotal = total(otherCounts);
    double logEscalate = Math.log((escalateDocs + 1.0) / (examples() + 2.0));
    double logOther = Math.log((otherDocs + 1.0) / (examples() + 2.0));
    for (String token : tokens) {
      if (!escalateCounts.containsKey(token) && !otherCounts.containsKey(token)) {
        continue; // unseen words say nothing about this team's reviews
      }
      logEscalate += Math.log((escalateCounts.getOrDefault(token, 0) + 1.0) / (escalateTotal + vocabulary));
      logOther += Math.log((otherCounts.getOrDefault(token, 0) + 1.0) / (otherTotal + vocabulary));
    }
    double difference = Math.max(-50, Math.min(50, logOther - logEscalate));
    return 1.0 / (1.0 + Math.exp(difference));
  }

  public boolean predictsEscalation(List<String> tokens) {
    return probabilityOfEscalation(tokens) >= 0.5;
  }

  private int vocabularySize() {
    Map<String, Boolean> all = new HashMap<>();
    escalateCounts.keySet().forEach(t -> all.put(t, true));
    otherCounts.keySet().forEach(t -> all.put(t, true));
    return all.size();
  }

  private static double total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
