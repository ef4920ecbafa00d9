package com.sentimenttriage.learning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Trains a model on the team's labelled examples and decides whether it may be used: it is promoted only when, on
 * held-out examples (about 30%, chosen by a stable hash of the ticket key, so retraining keeps the same split), there
 * are enough of them and it is right on clearly more of them than the rules-only scorer. A one-ticket lead is luck,
 * not learning. Engine-free and deterministic. The urgency model and the topic model ({@link TopicTrainer}) follow
 * the same rule.
 */
public final class ModelTrainer {

  static final int HELD_OUT_PERCENT = 30;

  /** When a model is good enough to use ({@link LearningProperties}). */
  public record PromotionRule(int minimumHeldOut, int minimumMargin, double minimumMarginShare) {

    static PromotionRule of(LearningProperties properties) {
      return new PromotionRule(properties.minimumHeldOut(), properties.minimumMargin(),
          properties.minimumMarginShare());
    }

    /** How many more held-out tickets than the rules the model must get right, among {@code heldOut}. */
    int marginNeeded(int heldOut) {
      return Math.max(minimumMargin, (int) Math.ceil(minimumMarginShare * heldOut - 1e-9));
    }
  }

  private final PromotionRule rule;

  public ModelTrainer(PromotionRule rule) {
    this.rule = rule;
  }

  public record Outcome(NaiveBayesModel model, LabelCounts labels, int heldOutExamples, double modelAccuracy,
      double rulesAccuracy, boolean promoted, String reason) {

    public int labelledExamples() {
      return labels.total();
    }
  }

  /** What the held-out comparison found for a model of any kind. */
  record Judged<M>(M model, LabelCounts labels, int heldOutExamples, double modelAccuracy, double rulesAccuracy,
      boolean promoted, String reason) {
  }

  public Outcome train(List<LabelledExample> examples) {
    Judged<NaiveBayesModel> judged = judge(examples, LabelledExample::businessKey, LabelledExample::source,
        NaiveBayesModel::train, model -> {
          NaiveBayesModel.Classifier classifier = model.classifier();
          return e -> (classifier.probabilityOfEscalation(e.tokens()) >= 0.5) == e.shouldEscalate();
        },
        e -> e.rulesEscalated() == e.shouldEscalate());
    return new Outcome(judged.model(), judged.labels(), judged.heldOutExamples(), judged.modelAccuracy(),
        judged.rulesAccuracy(), judged.promoted(), judged.reason());
  }

  /**
   * Trains on the examples outside the held-out split, compares the model with the rules on the held-out ones and,
   * when it wins by the margin the rule asks for, retrains it on every example.
   *
   * @param modelIsRight for a trained model, whether it gets an example right
   */
  <E, M> Judged<M> judge(List<E> examples, Function<E, String> key, Function<E, LabelSource> source,
      Function<List<E>, M> train, Function<M, Predicate<E>> modelIsRight, Predicate<E> rulesAreRight) {
    List<E> training = new ArrayList<>();
    List<E> heldOut = new ArrayList<>();
    for (E example : examples) {
      (isHeldOut(key.apply(example)) ? heldOut : training).add(example);
    }
    M model = train.apply(training);
    int modelRight = (int) heldOut.stream().filter(modelIsRight.apply(model)).count();
    int rulesRight = (int) heldOut.stream().filter(rulesAreRight).count();
    int margin = modelRight - rulesRight;
    int marginNeeded = rule.marginNeeded(heldOut.size());
    boolean enough = heldOut.size() >= rule.minimumHeldOut();
    boolean promoted = enough && margin >= marginNeeded;
    String reason = !enough
        ? "only " + heldOut.size() + " held-out examples, " + rule.minimumHeldOut() + " needed"
        : margin <= 0 ? "not better than the rules on held-out examples (" + modelRight + " vs " + rulesRight
            + " of " + heldOut.size() + " right)"
        : !promoted ? "beats the rules by only " + margin + " of " + heldOut.size() + " held-out examples, "
            + marginNeeded + " needed"
        : "beats the rules by " + margin + " of " + heldOut.size() + " held-out examples (" + marginNeeded
            + " needed)";
    // The promoted model learns from every example; the held-out figures are what earned it the promotion.
    M kept = promoted ? train.apply(examples) : model;
    return new Judged<>(kept, LabelCounts.of(examples.stream().map(source).toList()), heldOut.size(),
        accuracy(modelRight, heldOut.size()), accuracy(rulesRight, heldOut.size()), promoted, reason);
  }

  static boolean isHeldOut(String businessKey) {
    CRC32 crc = new CRC32();
    crc.update(businessKey.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 100 < HELD_OUT_PERCENT;
  }

  private static double accuracy(int right, int of) {
    return of == 0 ? 0 : Math.round(10000.0 * right / of) / 10000.0;
  }
}
