package com.sentimenttriage.learning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Multinomial naive Bayes over ticket tokens choosing one topic among those the team has labelled, with Laplace
 * smoothing. Immutable; its parameters are plain counts so it stores as JSON.
 *
 * @param documents labelled examples per topic
 * @param counts    token counts per topic
 */
public record TopicModel(Map<String, Integer> documents, Map<String, Map<String, Integer>> counts) {

  /** The label of a ticket that has none of the taxonomy's topics, as the review form offers it. */
  public static final String NO_TOPIC = "None of these";

  public TopicModel {
    documents = Map.copyOf(documents);
    Map<String, Map<String, Integer>> copy = new HashMap<>();
    counts.forEach((topic, tokens) -> copy.put(topic, Map.copyOf(tokens)));
    counts = Map.copyOf(copy);
  }

  public static TopicModel train(List<TopicExample> examples) {
    Map<String, Integer> documents = new HashMap<>();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (TopicExample example : examples) {
      documents.merge(example.topic(), 1, Integer::sum);
      Map<String, Integer> topicCounts = counts.computeIfAbsent(example.topic(), t -> new HashMap<>());
      example.tokens().forEach(token -> topicCounts.merge(token, 1, Integer::sum));
    }
    return new TopicModel(documents, counts);
  }

  public int examples() {
    return documents.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The most probable topic, or null for a model without examples. Ties go to the alphabetically first topic. */
  public String predict(List<String> tokens) {
    return classifier().predict(tokens);
  }

  /**
   * This model with the vocabulary and totals every prediction needs worked out once. A record cannot keep them
   * (they would be stored as JSON too), so whoever predicts for many tickets with one model keeps its classifier.
   */
  public Classifier classifier() {
    return new Classifier(this);
  }

  /**
   * When the model may overrule the rules' topic ({@link LearningProperties}): it must be at least {@code confidence}
   * sure of its own topic, and have learned both its topic and the rules' one from at least {@code minimumExamples}
   * settled tickets each. A model that has barely seen a topic cannot be sure a ticket is not about it.
   */
  public record CorrectionRule(double confidence, int minimumExamples) {

    static CorrectionRule of(LearningProperties properties) {
      return new CorrectionRule(properties.topicConfidence(), properties.topicMinimumExamples());
    }
  }

  /** The model's topic for a ticket and how sure it is of it, 0..1. */
  public record Prediction(String topic, double probability) {
  }

  /** Predicts with one model; immutable and thread-safe. */
  public static final class Classifier {

    private final Set<String> vocabulary;
    /** The topics in the order ties are broken in, alphabetical. */
    private final List<Topic> topics;
    private final Map<String, Integer> documents;

    private record Topic(String name, Map<String, Integer> counts, double total, double prior) {
    }

    private Classifier(TopicModel model) {
      Set<String> words = new HashSet<>();
      model.counts.values().forEach(topicCounts -> words.addAll(topicCounts.keySet()));
      this.vocabulary = words;
      this.documents = model.documents;
      int examples = model.examples();
      this.topics = model.documents.keySet().stream().sorted().map(topic -> {
        Map<String, Integer> topicCounts = model.counts.getOrDefault(topic, Map.of());
        double total = topicCounts.values().stream().mapToInt(Integer::intValue).sum();
        double prior = Math.log((model.documents.get(topic) + 1.0) / (examples + model.documents.size()));
        return new Topic(topic, topicCounts, total, prior);
      }).toList();
    }

    /** See {@link TopicModel#predict}. */
    public String predict(List<String> tokens) {
      Prediction prediction = prediction(tokens);
      return prediction == null ? null : prediction.topic();
    }

    /** The most probable topic and its posterior probability among the model's topics; null without topics. */
    public Prediction prediction(List<String> tokens) {
      String best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      double[] scores = new double[topics.size()];
      for (int i = 0; i < topics.size(); i++) {
        Topic topic = topics.get(i);
        double score = topic.prior();
        for (String token : tokens) {
          if (vocabulary.contains(token)) { // unseen words say nothing about this team's topics
            score += Math.log((topic.counts().getOrDefault(token, 0) + 1.0) / (topic.total() + vocabulary.size()));
          }
        }
        scores[i] = score;
        if (score > bestScore) {
          best = topic.name();
          bestScore = score;
        }
      }
      if (best == null) {
        return null;
      }
      double sum = 0; // the softmax of the log scores, relative to the best so that nothing underflows
      for (double score : scores) {
        sum += Math.exp(score - bestScore);
      }
      return new Prediction(best, 1 / sum);
    }

    /**
     * The topic the model puts in place of the rules' {@code rulesTopic} ({@link #NO_TOPIC} when they found none),
     * or empty when the rules' topic stands: the model agrees, or the {@code rule} says it is not sure enough.
     */
    public Optional<Prediction> correction(List<String> tokens, String rulesTopic, CorrectionRule rule) {
      Prediction prediction = prediction(tokens);
      if (prediction == null || prediction.topic().equals(rulesTopic)
          || documents.getOrDefault(rulesTopic, 0) < rule.minimumExamples()
          || documents.getOrDefault(prediction.topic(), 0) < rule.minimumExamples()
          || prediction.probability() < rule.confidence()) {
        return Optional.empty();
      }
      return Optional.of(prediction);
    }
  }
}
