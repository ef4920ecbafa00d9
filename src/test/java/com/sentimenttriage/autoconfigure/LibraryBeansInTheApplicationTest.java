package com.sentimenttriage.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.scoring.ScoreTicketDelegate;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;

/**
 * Our application component-scans the classes the library's auto-configuration also offers, and runs that
 * auto-configuration too: each bean must still exist once, the scanned delegate being the one the model calls.
 */
class LibraryBeansInTheApplicationTest extends IntegrationTest {

  @Autowired
  ConfigurableListableBeanFactory beans;

  @Test
  void theApplicationHasOneScorerAndOneScoreTaskDelegate() {
    assertThat(beans.getBeanNamesForType(SentimentScorer.class)).containsExactly("sentimentScorer");
    assertThat(beans.getBeanNamesForType(ScoreTicketDelegate.class)).containsExactly("scoreTicketDelegate");
  }

  @Test
  void theScoreTaskDelegateIsTheScannedComponentNotTheLibrarysDefault() {
    assertThat(beans.getBeanDefinition("scoreTicketDelegate").getFactoryMethodName()).isNull();
    assertThat(ConditionEvaluationReport.get(beans).getConditionAndOutcomesBySource())
        .hasEntrySatisfying(SentimentTriageAutoConfiguration.ProcessBuildingBlocks.class.getName()
            + "#scoreTicketDelegate", outcomes -> assertThat(outcomes.isFullMatch()).isFalse());
  }
}
