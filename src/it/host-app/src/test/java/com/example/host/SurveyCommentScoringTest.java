package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The host's own model calls the library's score task, and gets the scores under the names it mapped them to. */
@SpringBootTest
class SurveyCommentScoringTest {

  @Autowired
  RuntimeService runtimeService;

  @Test
  void anAngryCommentComesBackUrgentAndVeryFrustrated() {
    Map<String, Object> scores = scoresOf(
        "I have asked three times and still no answer. This is unacceptable, we will cancel our subscription");

    assertThat(scores.get("commentSentiment")).isEqualTo("Urgent");
    assertThat((Integer) scores.get("commentFrustration")).isGreaterThanOrEqualTo(80);
  }

  @Test
  void leavesNoVariablesButTheOnesTheModelMapped() {
    Map<String, Object> scores = scoresOf("The export has been broken for a week and nobody answers");

    assertThat(scores).containsOnlyKeys("comment", "commentFrustration", "commentSentiment");
  }

  @Test
  void aPlainQuestionComesBackNeutral() {
    Map<String, Object> scores = scoresOf("What is the rate limit for the reports API?");

    assertThat(scores.get("commentSentiment")).isEqualTo("Neutral");
    assertThat((Integer) scores.get("commentFrustration")).isLessThan(20);
  }

  /** Starts the host's process; it waits in "Follow up on comment" with the mapped scores. */
  private Map<String, Object> scoresOf(String comment) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("SurveyCommentScoring",
        Map.of("comment", comment));
    return runtimeService.getVariables(instance.getId());
  }
}
