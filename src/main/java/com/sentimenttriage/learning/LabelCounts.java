package com.sentimenttriage.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many of a model's labelled tickets each kind of label settled (the label that won for the ticket, see
 * {@link FeedbackModels#labelledExamples()}). Stored with each model version, so its explanation can say "60 reviews,
 * 15 audits and 5 recall-audit answers" rather than calling every label a review.
 */
public record LabelCounts(int reviews, int audits, int recallAnswers, int flags, int outcomes) {

  /** Counts without CS owners' outcomes (versions trained before they were labels). */
  public LabelCounts(int reviews, int audits, int recallAnswers, int flags) {
    this(reviews, audits, recallAnswers, flags, 0);
  }

  public static LabelCounts of(Collection<LabelSource> sources) {
    Map<LabelSource, Integer> counts = new EnumMap<>(LabelSource.class);
    sources.forEach(source -> counts.merge(source, 1, Integer::sum));
    return new LabelCounts(counts.getOrDefault(LabelSource.REVIEW, 0), counts.getOrDefault(LabelSource.AUDIT, 0),
        counts.getOrDefault(LabelSource.RECALL_ANSWER, 0), counts.getOrDefault(LabelSource.FLAG, 0),
        counts.getOrDefault(LabelSource.FOLLOW_THROUGH_OUTCOME, 0));
  }

  public int total() {
    return reviews + audits + recallAnswers + flags + outcomes;
  }

  /** "60 reviews, 15 audits and 1 flag": the kinds there are, in this order. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, LabelSource.REVIEW, reviews);
    add(parts, LabelSource.AUDIT, audits);
    add(parts, LabelSource.RECALL_ANSWER, recallAnswers);
    add(parts, LabelSource.FLAG, flags);
    add(parts, LabelSource.FOLLOW_THROUGH_OUTCOME, outcomes);
    if (parts.isEmpty()) {
      return "no labels";
    }
    String last = parts.remove(parts.size() - 1);
    return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
  }

  /**
   * What a stored version learned from: its label counts, or for a version trained before they were kept, only
   * how many labelled tickets there were.
   */
  static String describe(LabelCounts counts, int labelledExamples) {
    return counts != null ? counts.describe()
        : labelledExamples + (labelledExamples == 1 ? " labelled ticket" : " labelled tickets");
  }

  private static void add(List<String> parts, LabelSource source, int count) {
    if (count > 0) {
      parts.add(source.count(count));
    }
  }
}
