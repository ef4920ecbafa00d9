package com.sentimenttriage.learning;

import java.util.List;

/**
 * One ticket whose topic a person settled: a reviewer's reclassification, a flag's {@code correctTopic}, or a
 * review that left the topic as the rules found it. {@code rulesTopic} is what the rules-only scorer names first.
 * Topics are display names; {@link TopicModel#NO_TOPIC} stands for "none of the taxonomy's topics".
 */
public record TopicExample(String businessKey, List<String> tokens, String topic, String rulesTopic,
    LabelSource source) {

  public TopicExample {
    tokens = List.copyOf(tokens);
  }
}
