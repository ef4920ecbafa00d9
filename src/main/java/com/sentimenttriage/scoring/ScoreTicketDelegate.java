package com.sentimenttriage.scoring;

import static com.sentimenttriage.triage.TemplateVariables.LANGUAGE_HINT;
import static com.sentimenttriage.triage.TemplateVariables.TEXT;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;

import com.sentimenttriage.scoring.ScoreVariables.Scores;
import com.sentimenttriage.scoring.ScoreVariables.Target;
import com.sentimenttriage.scoring.engine.Language;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Score ticket sentiment" (.camunda/element-templates/score-ticket-sentiment.json): scores the masked subject and
 * text of its input parameters in the language they are written in (the optional language hint, a helpdesk locale,
 * where that cannot be told) and leaves the nine scores, the language among them, as local variables, which the
 * task's output mappings carry to whatever names the caller chose.
 */
@Component("scoreTicketDelegate")
public class ScoreTicketDelegate implements JavaDelegate {

  private final SentimentScorer scorer;

  public ScoreTicketDelegate(SentimentScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> inputs = execution.getVariablesLocal();
    Language hint = LANGUAGE_HINT.find(inputs).flatMap(Language::find).orElse(null);
    ScoreVariables.write(execution, Target.LOCAL, Scores.of(
        scorer.scoreDetecting(TicketText.of(SUBJECT.find(inputs).orElse(""), TEXT.get(inputs)), hint)));
  }
}
