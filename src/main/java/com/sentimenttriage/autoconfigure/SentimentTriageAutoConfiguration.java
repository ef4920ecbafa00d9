package com.sentimenttriage.autoconfigure;

import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.scoring.ScorerProperties;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import java.io.IOException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The building blocks another Spring Boot application gets from the library jar: the engine-free scorer, and, with
 * Camunda on the class path, the delegate behind the "Score ticket sentiment" element template.
 *
 * <p>Our own application runs this too (the registration file is on its class path). Auto-configuration is applied
 * after the application's own beans, so every bean here is only a default: where the application's component scan
 * already has one (the {@code @Component} delegate), or a consumer defines its own, this one steps back and each
 * bean exists once.
 *
 * <p>The account lookup and the alert delegates are not offered: they need the application's own tables (accounts,
 * sent alerts), its unattached-ticket process and its mail templates, so they cannot stand alone.
 */
@AutoConfiguration
public class SentimentTriageAutoConfiguration {

  /**
   * One scorer for the whole application: it is thread-safe and loads each language's lexicon and taxonomy once.
   * {@code triage.scoring.extra-lexicon} names a {@code word<TAB>valence} file whose entries add to or override
   * the built-in English lexicon, {@code triage.scoring.<code>.extra-lexicon} one for another language
   * ({@code triage.scoring.de.extra-lexicon}).
   */
  @Bean
  @ConditionalOnMissingBean
  public SentimentScorer sentimentScorer(Environment environment) throws IOException {
    return SentimentScorer.withExtraLexicons(ScorerProperties.extraLexicons(environment));
  }

  /** Only where Camunda is: an application that wants the scorer alone need not bring the engine. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JavaDelegate.class)
  static class ProcessBuildingBlocks {

    /**
     * By name, as the model refers to it ({@code ${scoreTicketDelegate}}): a bean of any type under that name
     * already answers the expression, and a second definition under it would be refused at start-up.
     */
    @Bean(Beans.SCORE_TICKET)
    @ConditionalOnMissingBean(name = Beans.SCORE_TICKET)
    public ScoreTicketDelegate scoreTicketDelegate(SentimentScorer scorer) {
      return new ScoreTicketDelegate(scorer);
    }
  }
}
