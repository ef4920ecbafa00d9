package com.sentimenttriage.scoring;

import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ScoringConfiguration {

  /**
   * One scorer for the whole application: it is thread-safe and loads its lexicon and taxonomy once.
   * {@code triage.scoring.extra-lexicon} names a {@code word<TAB>valence} file whose entries add to or override
   * the built-in lexicon.
   */
  @Bean
  public SentimentScorer sentimentScorer(@Value("${triage.scoring.extra-lexicon:}") String extraLexicon)
      throws IOException {
    return SentimentScorer.withLexicon(extraLexicon.isBlank() ? null : Path.of(extraLexicon));
  }
}
