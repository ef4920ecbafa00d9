package com.sentimenttriage.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** processes/helpdesk-actions.dmn at its thresholds: frustration 70, an MRR above 0, the Negative label. */
class HelpdeskActionsTableTest {

  private static DmnEngine dmn;
  private static DmnDecision table;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/helpdesk-actions.dmn"))) {
      table = dmn.parseDecision(HelpdeskActionsTable.DECISION_KEY, in);
    }
  }

  private static List<HelpdeskAction> actions(String label, int frustration, double mrr) {
    return dmn.evaluateDecisionTable(table, Variables.createVariables().putValue("sentimentLabel", label)
            .putValue("frustration", frustration).putValue("mrr", mrr)).getResultList().stream()
        .map(row -> new HelpdeskAction((String) row.get("kind"), (String) row.get("value"))).toList();
  }

  @Test
  void anUrgentTicketOfAPayingAccountGoesToTheSeniorQueue() {
    assertThat(actions("Urgent", 90, 0.01)).containsExactly(new HelpdeskAction("priority", "urgent"),
        new HelpdeskAction("group", "senior-support"), new HelpdeskAction("tag", "st_sla_negative"));
  }

  @Test
  void anUrgentTicketWithoutRevenueStaysInItsQueue() {
    assertThat(actions("Urgent", 90, 0.0)).containsExactly(new HelpdeskAction("priority", "urgent"),
        new HelpdeskAction("tag", "st_sla_negative"));
  }

  @Test
  void frustrationSeventyRaisesThePrioritySixtyNineDoesNot() {
    assertThat(actions("Negative", 70, 500)).containsExactly(new HelpdeskAction("priority", "high"),
        new HelpdeskAction("tag", "st_sla_negative"));
    assertThat(actions("Negative", 69, 500)).containsExactly(new HelpdeskAction("tag", "st_sla_negative"));
  }

  @Test
  void aNeutralTicketGetsNoAction() {
    assertThat(actions("Neutral", 69, 500)).isEmpty();
  }
}
