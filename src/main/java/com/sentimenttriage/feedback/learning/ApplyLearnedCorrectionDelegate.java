package com.sentimenttriage.feedback.learning;

import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.LEARNED_MODEL_VERSION;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.scoring.TicketText;
import com.sentimenttriage.scoring.ScoreVariables;
import com.sentimenttriage.scoring.ScoreVariables.Scores;
import com.sentimenttriage.scoring.ScoreVariables.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    Scores corrected = Scores.unchanged();
    Optional<LearnedCorrection.Correction> urgency = correction.correct(tokens, FRUSTRATION.get(execution));
    if (urgency.isPresent()) {
      corrected = corrected.withFrustration(urgency.get().frustration());
      LEARNED_MODEL_VERSION.set(execution, urgency.get().modelVersion());
      corrections.add(urgency.get().explanation());
    }
    Optional<LearnedTopicCorrection.TopicCorrection> topic = topicCorrection == null ? Optional.empty()
        : topicCorrection.correct(tokens, TOPICS.find(execution).orElse(""));
    if (topic.isPresent()) {
      // The model judges one topic; a churn threat the rules found in the ticket still stands.
      corrected = corrected.withTopics(topic.get().topics(), topic.get().highestRisk(),
          CHURN_RISK.find(execution).orElse(false) || topic.get().churnThreat());
      corrections.add(topic.get().explanation());
    }
    if (!corrections.isEmpty()) {
      String explanation = SCORE_EXPLANATION.find(execution).orElse("");
      String learned = LEARNED + String.join("; ", corrections);
      ScoreVariables.write(execution, Target.PROCESS,
          corrected.withExplanation(explanation.isBlank() ? learned : explanation + "; " + learned));
    }
  }
}
