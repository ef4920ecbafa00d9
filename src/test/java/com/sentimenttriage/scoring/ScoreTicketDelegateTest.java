package com.sentimenttriage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sentimenttriage.scoring.engine.Evidence;
import com.sentimenttriage.scoring.engine.Language;
import com.sentimenttriage.scoring.engine.SentimentLabel;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.Urgency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The delegate's glue for languages: the optional hint goes to the scorer, the language comes out. */
class ScoreTicketDelegateTest {
  private static final TicketScore GERMAN_SCORE = new TicketScore(-0.4, 55, SentimentLabel.NEGATIVE, Map.of(),
      Urgency.MEDIUM, List.of(), false, 0.5, List.of(new Evidence("kaputt", -1.9)), "de",
      "German (hint; too short to detect)");

  private static Map<String, Object> outputs(DelegateExecution execution) {
    ArgumentCaptor<String> names = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<Object> values = ArgumentCaptor.forClass(Object.class);
    verify(execution, atLeastOnce()).setVariableLocal(names.capture(), values.capture());
    Map<String, Object> outputs = new HashMap<>();
    for (int i = 0; i < names.getAllValues().size(); i++) {
      outputs.put(names.getAllValues().get(i), ((TypedValue) values.getAllValues().get(i)).getValue());
    }
    return outputs;
  }

  @Test
  void passesTheHelpdeskLocaleAsHintAndOutputsTheLanguage() throws Exception {
    SentimentScorer scorer = mock(SentimentScorer.class);
    when(scorer.scoreDetecting(any(), eq(Language.GERMAN))).thenReturn(GERMAN_SCORE);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariablesLocal()).thenReturn(Map.of("text", "Immer noch kaputt", "languageHint", "de-CH"));

    new ScoreTicketDelegate(scorer).execute(execution);

    assertThat(outputs(execution)).containsEntry("ticketLanguage", "de").containsEntry("frustration", 55);
  }

  @Test
  void scoresWithoutAHintWhenNoneIsMappedOrItNamesNoLanguageWeKnow() throws Exception {
    SentimentScorer scorer = SentimentScorer.withBuiltInLexicon();
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariablesLocal()).thenReturn(
        Map.of("text", "The export has been broken for three days now", "languageHint", "tlh"));

    new ScoreTicketDelegate(scorer).execute(execution);

    assertThat(outputs(execution)).containsEntry("ticketLanguage", "en");
  }
}
