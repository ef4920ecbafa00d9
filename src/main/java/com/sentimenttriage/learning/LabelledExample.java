package com.sentimenttriage.learning;

import java.util.List;

/**
 * One ticket a person judged: its tokens, whether it warranted escalation (a review's or audit's confirm or dismiss,
 * a recall audit's answer, or a flag; see {@link FeedbackModels#labelledExamples()} for which wins), what the
 * rules-only scorer decided, and which kind of label won.
 */
public record LabelledExample(String businessKey, List<String> tokens, boolean shouldEscalate,
    boolean rulesEscalated, LabelSource source) {

  public LabelledExample {
    tokens = List.copyOf(tokens);
  }
}
