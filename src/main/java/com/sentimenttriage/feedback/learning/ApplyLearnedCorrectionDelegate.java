package com.sentimenttriage.feedback.learning;

import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.LEARNED_MODEL_VERSION;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Lets the model learned from this team's reviews correct the frustration the gate reads, and says so in the
 * explanation the supervisor sees. Without a promoted model the rules' scores pass unchanged.
 */
@Component("applyLearnedCorrectionDelegate")
public class ApplyLearnedCorrectionDelegate implements JavaDelegate {

  private final LearnedCorrection correction;

  public ApplyLearnedCorrectionDelegate(LearnedCorrection correction) {
    this.correction = correction;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String subject = SUBJECT.find(execution).orElse("");
    String text = subject.isBlank() ? TICKET_TEXT.get(execution) : subject + ".\n" + TICKET_TEXT.get(execution);
    correction.correct(text, FRUSTRATION.get(execution)).ifPresent(corrected -> {
      FRUSTRATION.set(execution, corrected.frustration());
      LEARNED_MODEL_VERSION.set(execution, corrected.modelVersion());
      String explanation = SCORE_EXPLANATION.find(execution).orElse("");
      SCORE_EXPLANATION.set(execution,
          explanation.isBlank() ? corrected.explanation() : explanation + "; " + corrected.explanation());
    });
  }
}
