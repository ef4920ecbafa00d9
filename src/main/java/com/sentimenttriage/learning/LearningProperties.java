package com.sentimenttriage.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far the models learned from this team's labels are trusted (configuration {@code triage.learning.*};
 * docs/feedback-and-dashboard.md, "Learning from reviews").
 *
 * @param weight                how much the urgency model counts against the rules' frustration, 0..1
 * @param minimumHeldOut        a model judged on fewer held-out tickets than this is not promoted
 * @param minimumMargin         a model is promoted only when it is right on at least this many more held-out tickets
 *                              than the rules are...
 * @param minimumMarginShare    ...and on at least this share of the held-out tickets more (0.05 = 5 points)
 * @param topicConfidence       the topic model replaces a rules topic only when it is at least this sure, 0..1
 * @param topicMinimumExamples  ...and it learned both topics, the rules' and its own, from at least this many
 *                              settled tickets: a model cannot be sure against a topic it has barely seen
 * @param strongSignal          a rules frustration from this on is a strong signal (the gate's "frustrated paying
 *                              account" line)...
 * @param strongSignalMaxShift  ...which the urgency model may lower by this many points at most
 */
@ConfigurationProperties("triage.learning")
public record LearningProperties(
    @DefaultValue("0.5") double weight,
    @DefaultValue("20") int minimumHeldOut,
    @DefaultValue("3") int minimumMargin,
    @DefaultValue("0.05") double minimumMarginShare,
    @DefaultValue("0.9") double topicConfidence,
    @DefaultValue("5") int topicMinimumExamples,
    @DefaultValue("65") int strongSignal,
    @DefaultValue("10") int strongSignalMaxShift) {

  public LearningProperties {
    weight = Math.max(0, Math.min(1, weight));
  }

  public static LearningProperties defaults() {
    return new LearningProperties(0.5, 20, 3, 0.05, 0.9, 5, 65, 10);
  }
}
