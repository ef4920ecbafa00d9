package com.sentimenttriage.feedback.learning;

import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HIGHEST_TOPIC_RISK;
import static com.sentimenttriage.triage.TriageVariables.LEARNED_MODEL_VERSION;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.scoring.engine.TopicMatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Lets the models learned from this team's reviews correct the frustration and the topic the gate reads, and says so
 * in the explanation the supervisor sees. Without a promoted model the rules' scores pass unchanged.
 */
@Component("applyLearnedCorrectionDelegate")
public class ApplyLearnedCorrectionDelegate implements JavaDelegate {

  private final LearnedCorrection correction;
  /** Null in process tests that exercise the urgency correction only. */
  private final LearnedTopicCorrection topicCorrection;

  @Autowired
  public ApplyLearnedCorrectionDelegate(LearnedCorrection correction, LearnedTopicCorrection topicCorrection) {
    this.correction = correction;
    this.topicCorrection = topicCorrection;
  }

  public ApplyLearnedCorrectionDelegate(LearnedCorrection correction) {
    this(correction, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String subject = SUBJECT.find(execution).orElse("");
    String text = subject.isBlank() ? TICKET_TEXT.get(execution) : subject + ".\n" + TICKET_TEXT.get(execution);
    correction.correct(text, FRUSTRATION.get(execution)).ifPresent(corrected -> {
      FRUSTRATION.set(execution, corrected.frustration());
      LEARNED_MODEL_VERSION.set(execution, corrected.modelVersion());
      explain(execution, corrected.explanation());
    });
    if (topicCorrection != null) {
      topicCorrection.correct(text, TOPICS.find(execution).orElse("")).ifPresent(corrected -> {
        TOPICS.set(execution, corrected.topics());
        HIGHEST_TOPIC_RISK.set(execution, corrected.topic().map(t -> t.risk().displayName()).orElse("None"));
        CHURN_RISK.set(execution, corrected.topic().map(TopicMatch::churnThreat).orElse(false));
        explain(execution, corrected.explanation());
      });
    }
  }

  private static void explain(DelegateExecution execution, String correction) {
    String explanation = SCORE_EXPLANATION.find(execution).orElse("");
    SCORE_EXPLANATION.set(execution, explanation.isBlank() ? correction : explanation + "; " + correction);
  }
}
