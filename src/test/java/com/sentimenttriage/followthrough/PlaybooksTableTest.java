package com.sentimenttriage.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule region of processes/playbooks.dmn, at its edges, with the standalone DMN engine. */
class PlaybooksTableTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision playbooks;

  @BeforeAll
  static void parseTable() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = PlaybooksTableTest.class.getClassLoader()
        .getResourceAsStream(CsFollowThroughProcess.PLAYBOOK_RESOURCE)) {
      playbooks = dmnEngine.parseDecision(CsFollowThroughProcess.PLAYBOOK_DECISION_KEY, table);
    }
  }

  private static Playbook playbook(String kind, String severity, String topic) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("followThroughKind", kind);
    inputs.put("severity", severity);
    inputs.put("primaryTopic", topic);
    return Playbook.of(dmnEngine.evaluateDecisionTable(playbooks, inputs).getResultList());
  }

  private static List<String> steps(Playbook playbook) {
    return playbook.steps().stream().map(step -> step.step() + " " + step.dueWithin()).toList();
  }

  @ParameterizedTest(name = "{0} {1}: acknowledge within 2 h, call within 24 h, follow up within 3 days")
  @CsvSource({"Critical, Billing", "High, Churn threat", "High, General"})
  void criticalAndHighFollowTheCsmGuide(String severity, String topic) {
    assertThat(steps(playbook("AT_RISK", severity, topic))).containsExactly(
        "Acknowledge the customer's message PT2H", "Book a call with the customer PT24H",
        "Follow up on what was agreed PT72H");
  }

  @ParameterizedTest(name = "{0} on {1}: a product specialist within 4 h")
  @CsvSource({"Critical, Core workflow failure", "High, Integration failure", "Critical, Data integrity"})
  void productRelatedTopicsLoopInASpecialist(String severity, String topic) {
    assertThat(steps(playbook("AT_RISK", severity, topic))).containsExactly(
        "Acknowledge the customer's message PT2H", "Loop in a product specialist PT4H",
        "Book a call with the customer PT24H", "Follow up on what was agreed PT72H");
  }

  @ParameterizedTest(name = "{0}: acknowledge the same working day")
  @CsvSource(nullValues = "none", value = {"Medium", "Low", "none"})
  void everyOtherSeverityIsAcknowledgedWithinEightHours(String severity) {
    assertThat(steps(playbook("AT_RISK", severity, "Billing"))).containsExactly(
        "Acknowledge the customer's message PT8H", "Follow up until the ticket is solved PT72H");
    assertThat(steps(playbook("AT_RISK", severity, "Core workflow failure"))).containsExactly(
        "Acknowledge the customer's message PT8H", "Loop in a product specialist PT24H",
        "Follow up until the ticket is solved PT72H");
  }

  @Test
  void aTopicThatOnlyResemblesAProductTopicGetsNoSpecialist() {
    assertThat(steps(playbook("AT_RISK", "Critical", "Core workflow"))).doesNotContain(
        "Loop in a product specialist PT4H");
  }

  @ParameterizedTest(name = "promoter, severity {0}")
  @CsvSource(nullValues = "none", value = {"Low", "Critical", "none"})
  void promotersAreThankedAndAskedForAReviewOrReferralWhateverTheSeverity(String severity) {
    assertThat(steps(playbook("ADVOCACY", severity, "Core workflow failure"))).containsExactly(
        "Thank the customer personally PT24H", "Ask for a review or a referral PT72H",
        "Note any expansion interest in the account plan PT168H");
  }

  @Test
  void anUnknownKindHasNoPlaybookAndTheTaskIsStillDueAfterAWorkingDay() {
    Playbook none = playbook("SOMETHING_ELSE", "Critical", "Billing");
    assertThat(none.steps()).isEmpty();
    Instant opened = Instant.parse("2026-11-02T09:00:00Z");
    Playbook.Schedule schedule = none.schedule(opened, Duration.ofHours(24), SchedulePlaybookDelegate.NO_STEP_DUE);
    assertThat(schedule.due()).isEqualTo(Instant.parse("2026-11-02T17:00:00Z"));
    assertThat(schedule.escalateAt()).isEqualTo(Instant.parse("2026-11-03T17:00:00Z"));
    assertThat(schedule.steps()).startsWith("No playbook step matched");
  }
}
