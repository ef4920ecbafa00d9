package com.sentimenttriage.feedback.learning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Trains a model on the team's labelled examples and decides whether it may be used: it is promoted only when its
 * accuracy on held-out examples (about 30%, chosen by a stable hash of the ticket key, so retraining keeps the
 * same split) beats the rules-only scorer's accuracy on the very same examples. Engine-free and deterministic.
 * The urgency model and the topic model ({@link TopicTrainer}) follow the same rule.
 */
public final class ModelTrainer {

  static final int HELD_OUT_PERCENT = 30;

  private final int minimumHeldOut;

  /** @param minimumHeldOut fewer held-out examples than this are too few to judge a model: it is not promoted */
  public ModelTrainer(int minimumHeldOut) {
    this.minimumHeldOut = minimumHeldOut;
  }

  public record Outcome(NaiveBayesModel model, int labelledExamples, int heldOutExamples, double modelAccuracy,
      double rulesAccuracy, boolean promoted, String reason) {
  }

  /** What the held-out comparison found for a model of any kind. */
  record Judged<M>(M model, int labelledExamples, int heldOutExamples, double modelAccuracy, double rulesAccuracy,
      boolean promoted, String reason) {
  }

  public Outcome train(List<LabelledExample> examples) {
    Judged<NaiveBayesModel> judged = judge(examples, LabelledExample::businessKey, NaiveBayesModel::train,
        (model, e) -> model.predictsEscalation(e.tokens()) == e.shouldEscalate(),
        e -> e.rulesEscalated() == e.shouldEscalate());
    return new Outcome(judged.model(), judged.labelledExamples(), judged.heldOutExamples(), judged.modelAccuracy(),
        judged.rulesAccuracy(), judged.promoted(), judged.reason());
  }

  /**
   * Trains on the examples outside the held-out split, compares the model with the rules on the held-out ones and,
   * when it wins, retrains it on every example.
   */
  <E, M> Judged<M> judge(List<E> examples, Function<E, String> key, Function<List<E>, M> train,
      BiPredicate<M, E> modelIsRight, Predicate<E> rulesAreRight) {
    List<E> training = new ArrayList<>();
    List<E> heldOut = new ArrayList<>();
    for (E example : examples) {
      (isHeldOut(key.apply(example)) ? heldOut : training).add(example);
    }
    M model = train.apply(training);
    double modelAccuracy = accuracy(heldOut, e -> modelIsRight.test(model, e));
    double rulesAccuracy = accuracy(heldOut, rulesAreRight);
    boolean enough = heldOut.size() >= minimumHeldOut;
    boolean better = modelAccuracy > rulesAccuracy;
    String reason = !enough
        ? "only " + heldOut.size() + " held-out examples, " + minimumHeldOut + " needed"
        : better ? "beats the rules on held-out examples"
            : "not better than the rules on held-out examples";
    // The promoted model learns from every example; the held-out figures are what earned it the promotion.
    M kept = enough && better ? train.apply(examples) : model;
    return new Judged<>(kept, examples.size(), heldOut.size(), modelAccuracy, rulesAccuracy, enough && better,
        reason);
  }

  static boolean isHeldOut(String businessKey) {
    CRC32 crc = new CRC32();
    crc.update(businessKey.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 100 < HELD_OUT_PERCENT;
  }

  private static <E> double accuracy(List<E> examples, Predicate<E> right) {
    if (examples.isEmpty()) {
      return 0;
    }
    long correct = examples.stream().filter(right).count();
    return Math.round(10000.0 * correct / examples.size()) / 10000.0;
  }
}
