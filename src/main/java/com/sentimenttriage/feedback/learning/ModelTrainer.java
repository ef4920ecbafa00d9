package com.sentimenttriage.feedback.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.nio.charset.StandardCharsets;

/**
 * Trains a model on the team's labelled examples and decides whether it may be used: it is promoted only when its
 * accuracy on held-out examples (about 30%, chosen by a stable hash of the ticket key, so retraining keeps the
 * same split) beats the rules-only scorer's accuracy on the very same examples. Engine-free and deterministic.
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

  public Outcome train(List<LabelledExample> examples) {
    List<LabelledExample> training = new ArrayList<>();
    List<LabelledExample> heldOut = new ArrayList<>();
    for (LabelledExample example : examples) {
      (isHeldOut(example.businessKey()) ? heldOut : training).add(example);
    }
    NaiveBayesModel model = NaiveBayesModel.train(training);
    double modelAccuracy = accuracy(heldOut, e -> model.predictsEscalation(e.tokens()));
    double rulesAccuracy = accuracy(heldOut, LabelledExample::rulesEscalated);
    boolean enough = heldOut.size() >= minimumHeldOut;
    boolean better = modelAccuracy > rulesAccuracy;
    String reason = !enough
        ? "only " + heldOut.size() + " held-out examples, " + minimumHeldOut + " needed"
        : better ? "beats the rules on held-out examples"
            : "not better than the rules on held-out examples";
    // The promoted model learns from every example; the held-out figures are what earned it the promotion.
    NaiveBayesModel kept = enough && better ? NaiveBayesModel.train(examples) : model;
    return new Outcome(kept, examples.size(), heldOut.size(), modelAccuracy, rulesAccuracy, enough && better,
        reason);
  }

  static boolean isHeldOut(String businessKey) {
    CRC32 crc = new CRC32();
    crc.update(businessKey.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 100 < HELD_OUT_PERCENT;
  }

  private static double accuracy(List<LabelledExample> examples,
      java.util.function.Predicate<LabelledExample> predictsEscalation) {
    if (examples.isEmpty()) {
      return 0;
    }
    long right = examples.stream().filter(e -> predictsEscalation.test(e) == e.shouldEscalate()).count();
    return Math.round(10000.0 * right / examples.size()) / 10000.0;
  }
}
