package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The promoter rules of processes/escalation-gate.dmn (issue 18) at their edges, with the standalone DMN engine:
 * strong delight without frustration from a healthy account is an advocacy opportunity; a promoter is never an
 * alert, whatever else the ticket says.
 */
class PromoterGateRulesTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision gate;

  @BeforeAll
  static void parseTable() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = PromoterGateRulesTest.class.getClassLoader()
        .getResourceAsStream(TicketTriageProcess.GATE_RESOURCE)) {
      gate = dmnEngine.parseDecision(TicketTriageProcess.GATE_DECISION_KEY, table);
    }
  }

  /** A delighted ticket from a paying Enterprise account whose renewal is near: tempting for the alert rules. */
  private static GateInput promoter(String label, int frustration, Integer healthScore) {
    return new GateInput(false, frustration, 0.8, label, "Critical", true, 9000.0, 20, healthScore, "Enterprise",
        "green", false, 0);
  }

  private static GateDecision decide(GateInput input) {
    return GateDecision.of(dmnEngine.evaluateDecision(gate, input.variables()).getSingleResult());
  }

  @ParameterizedTest(name = "{0}, frustration {1}, health {2} -> {3}")
  @CsvSource(nullValues = "none", value = {
      "Promoter, 0, 70, ADVOCACY",
      "Promoter, 9, 100, ADVOCACY",
      "Promoter, 9, 69, LOG",
      "Promoter, 0, none, LOG",
      "Positive, 0, 90, ALERT",
  })
  void aHealthyAccountsPromoterIsAnAdvocacyOpportunityAndNoPromoterAlerts(String label, int frustration,
      Integer health, String action) {
    assertThat(decide(promoter(label, frustration, health)).action()).isEqualTo(action);
  }

  @Test
  void frustrationTakesAPromoterOffTheAdvocacyPath() {
    GateDecision frustrated = decide(promoter("Promoter", 10, 90));
    assertThat(frustrated.action()).isNotEqualTo("ADVOCACY");
  }

  @Test
  void theAdvocacyDecisionAsksForAReviewOrReferral() {
    GateDecision advocacy = decide(promoter("Promoter", 0, 80));
    assertThat(advocacy.severity()).isEqualTo("Low");
    assertThat(advocacy.recommendedAction()).isEqualTo("Ask for a review or referral");
    assertThat(advocacy.reason()).isEqualTo("Promoter from a healthy account");
  }

  @Test
  void aPromoterAttachedToAnOpenAlertIsStillAnAdvocacyOpportunityNotPartOfTheAlert() {
    assertThat(decide(promoter("Promoter", 0, 80).withCooldownActive(true)).action()).isEqualTo("ADVOCACY");
  }
}
