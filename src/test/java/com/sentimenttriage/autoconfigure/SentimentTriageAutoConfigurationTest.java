package com.sentimenttriage.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What another Spring Boot application gets from the library jar's auto-configuration, and what it leaves alone. */
class SentimentTriageAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SentimentTriageAutoConfiguration.class));

  @Test
  void givesAnApplicationWithNothingOfItsOwnTheScorerAndTheScoreTaskDelegate() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(SentimentScorer.class).hasSingleBean(ScoreTicketDelegate.class);
      assertThat(context).getBean("scoreTicketDelegate").isInstanceOf(ScoreTicketDelegate.class);
      assertThat(context.getBean(SentimentScorer.class).score("This is unacceptable, still broken after a week")
          .frustration()).isPositive();
    });
  }

  @Test
  void registersItselfWhereSpringBootLooksForAutoConfigurations() throws Exception {
    try (var imports = getClass().getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(imports).isNotNull();
      assertThat(new String(imports.readAllBytes()).lines().map(String::strip))
          .contains("com.sentimenttriage.autoconfigure.SentimentTriageAutoConfiguration");
    }
  }

  @Test
  void readsTheExtraLexiconTheApplicationNames(@TempDir Path dir) throws Exception {
    Path lexicon = Files.writeString(dir.resolve("extra.tsv"), "glorptastic\t-4\n");
    String text = "The update was glorptastic";

    runner.run(context -> assertThat(context.getBean(SentimentScorer.class).score(text).polarity()).isZero());
    runner.withPropertyValues("triage.scoring.extra-lexicon=" + lexicon)
        .run(context -> assertThat(context.getBean(SentimentScorer.class).score(text).polarity()).isNegative());
  }

  @Test
  void leavesTheApplicationsOwnScorerAndDelegateInPlace() {
    runner.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context).hasSingleBean(SentimentScorer.class).doesNotHaveBean(ScoreTicketDelegate.class);
      assertThat(context.getBean(SentimentScorer.class)).isSameAs(OwnBeans.SCORER);
      assertThat(context.getBean("scoreTicketDelegate")).isSameAs(OwnBeans.DELEGATE);
    });
  }

  @Test
  void offersTheScorerAloneWithoutCamundaOnTheClassPath() {
    runner.withClassLoader(new FilteredClassLoader(JavaDelegate.class)).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(SentimentScorer.class);
      assertThat(context).doesNotHaveBean("scoreTicketDelegate");
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
    static final JavaDelegate DELEGATE = execution -> { };

    @Bean
    SentimentScorer myScorer() {
      return SCORER;
    }

    @Bean("scoreTicketDelegate")
    JavaDelegate scoreTicketDelegate() {
      return DELEGATE;
    }
  }
}
