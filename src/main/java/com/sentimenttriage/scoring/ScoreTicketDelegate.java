package com.sentimenttriage.scoring;

import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HIGHEST_TOPIC_RISK;
import static com.sentimenttriage.triage.TriageVariables.POLARITY;
import static com.sentimenttriage.triage.TriageVariables.SCORE_CONFIDENCE;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.RiskLevel;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.TopicMatch;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Scores the masked subject and message, and keeps the scores the gate and the reviewer need. */
@Component("scoreTicketDelegate")
public class ScoreTicketDelegate implements JavaDelegate {

  /** Enough phrases for a supervisor to see why, few enough to read at a glance. */
  private static final int EXPLANATION_PHRASES = 6;

  private final SentimentScorer scorer;

  public ScoreTicketDelegate(SentimentScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String subject = SUBJECT.find(execution).orElse("");
    TicketScore score = scorer.score(subject.isBlank()
        ? TICKET_TEXT.get(execution)
        : subject + ".\n" + TICKET_TEXT.get(execution));

    POLARITY.set(execution, round(score.polarity()));
    FRUSTRATION.set(execution, score.frustration());
    SENTIMENT_LABEL.set(execution, score.label().displayName());
    TOPICS.set(execution, score.topics().stream()
        .map(TopicMatch::displayName)
        .collect(Collectors.joining(", ")));
    HIGHEST_TOPIC_RISK.set(execution, score.highestTopicRisk().map(RiskLevel::displayName).orElse("None"));
    CHURN_RISK.set(execution, score.churnRisk());
    SCORE_CONFIDENCE.set(execution, round(score.confidence()));
    SCORE_EXPLANATION.set(execution, explain(score));
  }

  private static String explain(TicketScore score) {
    return score.explanation().stream()
        .limit(EXPLANATION_PHRASES)
        .map(ScoreTicketDelegate::describe)
        .collect(Collectors.joining(", "));
  }

  private static String describe(Evidence evidence) {
    return "\"" + evidence.phrase() + "\" " + String.format(Locale.ROOT, "%+.2f", evidence.weight());
  }

  private static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
