package com.sentimenttriage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/survey-comment-gate.dmn at each threshold, with the standalone DMN engine (its public API): the score
 * bands of both scales (NPS 6|7, 8|9 and the ends; CSAT 2|3 and the ends), frustration 64|65, and revenue 0|above 0
 * or unknown. The expected follow-ups are written out here from the bands the issue names, not read from the table.
 */
class SurveyCommentGateTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision gate;

  @BeforeAll
  static void parseTable() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = Files.newInputStream(Path.of(SurveyCommentTriageProcess.GATE_RESOURCE))) {
      gate = dmnEngine.parseDecision(SurveyCommentTriageProcess.GATE_DECISION_KEY, table);
    }
  }

  private static DmnDecisionResult decide(String scale, Integer score, Integer frustration, Double mrr) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("surveyScale", scale);
    variables.put("surveyScore", score);
    variables.put("commentFrustration", frustration);
    variables.put("mrr", mrr);
    return dmnEngine.evaluateDecision(gate, variables);
  }

  private static String followUp(String scale, Integer score, Integer frustration, Double mrr) {
    DmnDecisionResult result = decide(scale, score, frustration, mrr);
    return result.isEmpty() ? "no rule" : result.getSingleResult().getEntry("surveyFollowUp");
  }

  @ParameterizedTest(name = "NPS {0}, frustration {1}, MRR {2} -> {3}")
  @CsvSource(nullValues = "unknown", value = {
      // Detractors 0-6: frustrated from 65 and paying -> alert
      "0, 65, 4200.0, ALERT",
      "6, 65, 4200.0, ALERT",
      "6, 100, 0.01, ALERT",
      "6, 64, 4200.0, DIGEST",
      "0, 0, 4200.0, DIGEST",
      "6, 65, 0.0, DIGEST",
      "6, 95, unknown, DIGEST",
      // Passives 7-8 and promoters 9-10: frustrated comment -> digest, calm -> nothing
      "7, 65, 4200.0, DIGEST",
      "7, 64, 4200.0, NONE",
      "8, 64, 4200.0, NONE",
      "9, 65, 4200.0, DIGEST",
      "10, 100, 4200.0, DIGEST",
      "10, 0, 4200.0, NONE",
  })
  void npsDetractorWithAFrustratedCommentFromAPayingAccountAlerts(int score, int frustration, Double mrr,
      String expected) {
    assertThat(followUp("NPS", score, frustration, mrr)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "CSAT {0}, frustration {1}, MRR {2} -> {3}")
  @CsvSource(nullValues = "unknown", value = {
      // Dissatisfied 1-2
      "1, 65, 4200.0, ALERT",
      "2, 65, 4200.0, ALERT",
      "2, 64, 4200.0, DIGEST",
      "2, 65, 0.0, DIGEST",
      "1, 80, unknown, DIGEST",
      // Neutral 3, satisfied 4-5
      "3, 65, 4200.0, DIGEST",
      "3, 64, 4200.0, NONE",
      "5, 65, 4200.0, DIGEST",
      "5, 0, 4200.0, NONE",
  })
  void csatDissatisfiedWithAFrustratedCommentFromAPayingAccountAlerts(int score, int frustration, Double mrr,
      String expected) {
    assertThat(followUp("CSAT", score, frustration, mrr)).isEqualTo(expected);
  }

  /** The same score means different things on the two scales: 3 is a detractor's NPS but a neutral CSAT. */
  @Test
  void readsTheScoreOnItsOwnScale() {
    assertThat(followUp("NPS", 3, 70, 4200.0)).isEqualTo("ALERT");
    assertThat(followUp("CSAT", 3, 70, 4200.0)).isEqualTo("DIGEST");
    assertThat(followUp("NPS", 5, 10, 4200.0)).isEqualTo("DIGEST");
    assertThat(followUp("CSAT", 5, 10, 4200.0)).isEqualTo("NONE");
  }

  /** What the process cannot classify matches no rule, and the process then does nothing. */
  @ParameterizedTest(name = "{0} {1}, frustration {2}")
  @CsvSource(nullValues = "unknown", value = {
      "NPS, 11, 90",
      "NPS, -1, 90",
      "CSAT, 0, 90",
      "CSAT, 6, 90",
      "NPS, 3, unknown",
      "unknown, 3, 90",
  })
  void aScoreOffItsScaleOrAnUnknownInputMatchesNoRule(String scale, Integer score, Integer frustration) {
    assertThat(followUp(scale, score, frustration, 4200.0)).isEqualTo("no rule");
  }

  @Test
  void anAlertSaysWhyAndHowSevere() {
    var alert = decide("NPS", 2, 90, 4200.0).getSingleResult();
    assertThat(alert.<String>getEntry("severity")).isEqualTo("High");
    assertThat(alert.<String>getEntry("surveyReason"))
        .isEqualTo("Detractor with a frustrated comment from a paying account");
  }

  /** Hit policy UNIQUE: every combination is covered by exactly one rule (an overlap would fail evaluation). */
  @Test
  void everyScoreOfBothScalesHasExactlyOneFollowUp() {
    for (int frustration : new int[] {0, 64, 65, 100}) {
      for (Double mrr : new Double[] {null, 0.0, 4200.0}) {
        for (int nps = 0; nps <= 10; nps++) {
          assertThat(decide("NPS", nps, frustration, mrr).size()).as("NPS %d", nps).isEqualTo(1);
        }
        for (int csat = 1; csat <= 5; csat++) {
          assertThat(decide("CSAT", csat, frustration, mrr).size()).as("CSAT %d", csat).isEqualTo(1);
        }
      }
    }
  }
}
