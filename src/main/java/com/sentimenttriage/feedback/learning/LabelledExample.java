package com.sentimenttriage.feedback.learning;

import java.util.List;

/**
 * One ticket a person judged: its tokens, whether it warranted escalation (the supervisor's confirm or dismiss, or
 * a later flag, which wins), and what the rules-only scorer decided.
 */
public record LabelledExample(String businessKey, List<String> tokens, boolean shouldEscalate,
    boolean rulesEscalated) {

  public LabelledExample {
    tokens = List.copyOf(tokens);
  }
}
