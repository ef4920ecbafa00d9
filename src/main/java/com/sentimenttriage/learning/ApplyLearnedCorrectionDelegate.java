package com.sentimenttriage.learning;

import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HIGHEST_TOPIC_RISK;
import static com.sentimenttriage.triage.TriageVariables.LEARNED_MODEL_VERSION;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.scoring.TicketText;
import com.sentimenttriage.scoring.engine.RiskLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Lets the models learned from this team's labels correct the frustration and the topic the gate reads, and says so
 * in the explanation the supervisor sees, once for both models. Without a promoted model the rules' scores pass
 * unchanged.
 */
@Component("applyLearnedCorrectionDelegate")
public class ApplyLearnedCorrectionDelegate implements JavaDelegate {

  /** Introduces what the models did, once for both, after the rules' phrases. */
  static final String LEARNED = "learned from this team's labels: ";

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
    String text = TicketText.of(SUBJECT.find(execution).orElse(""), TICKET_TEXT.get(execution));
    // Both corrections read the same tokens: the Lucene chain runs at most once per ticket, and only for a model.
    Supplier<List<String>> tokens = TicketTokens.once(text);
    List<String> corrections = new ArrayList<>();
    correction.correct(tokens, FRUSTRATION.get(execution)).ifPresent(corrected -> {
      FRUSTRATION.set(execution, corrected.frustration());
      LEARNED_MODEL_VERSION.set(execution, corrected.modelVersion());
      corrections.add(corrected.explanation());
    });
    if (topicCorrection != null) {
      topicCorrection.correct(tokens, TOPICS.find(execution).orElse("")).ifPresent(corrected -> {
        TOPICS.set(execution, corrected.topics());
        HIGHEST_TOPIC_RISK.set(execution, corrected.highestRisk().map(RiskLevel::displayName).orElse("None"));
        // The model judges one topic; a churn threat the rules found in the ticket still stands.
        CHURN_RISK.set(execution, CHURN_RISK.find(execution).orElse(false) || corrected.churnThreat());
        corrections.add(corrected.explanation());
      });
    }
    if (!corrections.isEmpty()) {
      explain(execution, LEARNED + String.join("; ", corrections));
    }
  }

  private static void explain(DelegateExecution execution, String correction) {
    String explanation = SCORE_EXPLANATION.find(execution).orElse("");
    SCORE_EXPLANATION.set(execution, explanation.isBlank() ? correction : explanation + "; " + correction);
  }
}
