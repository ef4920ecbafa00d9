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

import com.sentimenttriage.scoring.engine.RiskLevel;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.TopicMatch;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Scores the masked subject and message, and keeps the scores the gate and the reviewer need. */
@Component("scoreTicketDelegate")
public class ScoreTicketDelegate implements JavaDelegate {

  private final SentimentScorer scorer;

  public ScoreTicketDelegate(SentimentScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TicketScore score = scorer.score(TicketText.of(SUBJECT.find(execution).orElse(""), TICKET_TEXT.get(execution)));

    POLARITY.set(execution, ScoreVariables.rounded(score.polarity()));
    FRUSTRATION.set(execution, score.frustration());
    SENTIMENT_LABEL.set(execution, score.label().displayName());
    TOPICS.set(execution, score.topics().stream()
        .map(TopicMatch::displayName)
        .collect(Collectors.joining(", ")));
    HIGHEST_TOPIC_RISK.set(execution, score.highestTopicRisk().map(RiskLevel::displayName).orElse("None"));
    CHURN_RISK.set(execution, score.churnRisk());
    SCORE_CONFIDENCE.set(execution, ScoreVariables.rounded(score.confidence()));
    SCORE_EXPLANATION.set(execution, ScoreVariables.explanation(score));
  }
}
