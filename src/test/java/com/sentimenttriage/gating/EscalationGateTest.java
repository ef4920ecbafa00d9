package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule region of processes/escalation-gate.dmn, at its exact thresholds, with the standalone DMN engine. */
class EscalationGateTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision gate;

  @BeforeAll
  static void parseTable() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = EscalationGateTest.class.getClassLoader()
        .getResourceAsStream(TicketTriageProcess.GATE_RESOURCE)) {
      gate = dmnEngine.parseDecision(TicketTriageProcess.GATE_DECISION_KEY, table);
    }
  }

  private static DmnDecisionResultEntries decide(int frustration, double mrr, Integer daysToRenewal) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("frustration", frustration);
    inputs.put("mrr", mrr);
    inputs.put("daysToRenewal", daysToRenewal);
    return dmnEngine.evaluateDecision(gate, inputs).getSingleResult();
  }

  @ParameterizedTest(name = "frustration {0}, MRR {1}, renewal in {2} days -> {3} {4}")
  @CsvSource(nullValues = "none", value = {
      // frustration >= 80 alerts whatever the account is worth
      "79, 0,    none, LOG,   Low",
      "80, 0,    none, ALERT, High",
      // frustration >= 65 and MRR >= 1000
      "64, 5000, none, LOG,   Low",
      "65, 5000, none, ALERT, High",
      "65, 999,  none, LOG,   Low",
      "65, 1000, none, ALERT, High",
      // renewal within 60 days and frustration >= 50
      "50, 0,    60,   ALERT, Medium",
      "50, 0,    61,   LOG,   Low",
      "49, 0,    30,   LOG,   Low",
      "50, 0,    0,    ALERT, Medium",
      "50, 0,    -1,   LOG,   Low",
      // an unattached ticket (no renewal known) is judged on frustration alone
      "60, 0,    none, LOG,   Low",
  })
  void decidesAtTheExactThresholds(int frustration, double mrr, Integer days, String action, String severity) {
    DmnDecisionResultEntries result = decide(frustration, mrr, days);
    assertThat((String) result.getEntry(EscalationGate.ACTION)).isEqualTo(action);
    assertThat((String) result.getEntry(EscalationGate.SEVERITY)).isEqualTo(severity);
  }

  @Test
  void theMostSevereReasonWinsWhenRulesOverlap() {
    DmnDecisionResultEntries result = decide(90, 5000, 10);
    assertThat((String) result.getEntry(EscalationGate.REASON)).isEqualTo("Very frustrated customer");
  }
}
