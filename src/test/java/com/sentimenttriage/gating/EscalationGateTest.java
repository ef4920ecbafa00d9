package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.rollout.RolloutStage;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import com.sentimenttriage.triage.TriageVariables.EscalationRoute;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule region of processes/escalation-gate.dmn, at its exact thresholds, with the standalone DMN engine. */
class EscalationGateTest {

  /** A calm ticket from a small account with no history: the gate's neutral ground, changed one input at a time. */
  private static final GateInput CALM = new GateInput(false, 0, 0.0, "Neutral", "None", false, 0.0, null, null,
      "Starter", "green", false, 0);

  private static DmnEngine dmnEngine;
  private static DmnDecision gate;
  /** What the rollout stage makes of the gate's action: processes/escalation-route.dmn. */
  private static DmnDecision route;
  private static DmnModelInstance model;

  @BeforeAll
  static void parseTable() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = resource()) {
      gate = dmnEngine.parseDecision(TicketTriageProcess.GATE_DECISION_KEY, table);
    }
    try (InputStream table = EscalationGateTest.class.getClassLoader()
        .getResourceAsStream(TicketTriageProcess.ROUTE_RESOURCE)) {
      route = dmnEngine.parseDecision(TicketTriageProcess.ROUTE_DECISION_KEY, table);
    }
    try (InputStream table = resource()) {
      model = Dmn.readModelFromStream(table);
    }
  }

  private static InputStream resource() {
    return EscalationGateTest.class.getClassLoader().getResourceAsStream(TicketTriageProcess.GATE_RESOURCE);
  }

  private static GateDecision decide(GateInput input) {
    return GateDecision.of(dmnEngine.evaluateDecision(gate, input.variables()).getSingleResult());
  }

  private static GateInput with(int frustration, double mrr, Integer daysToRenewal) {
    return new GateInput(false, frustration, 0.0, "Neutral", "None", false, mrr, daysToRenewal, null, "Starter",
        "green", false, 0);
  }

  @ParameterizedTest(name = "frustration {0}, MRR {1}, renewal in {2} days -> {3} {4}")
  @CsvSource(nullValues = "none", value = {
      // frustration >= 80 alerts whatever the account is worth; below it, a frustrated ticket goes to the digest
      "79, 0,    none, DIGEST, Low",
      "80, 0,    none, ALERT, High",
      // frustration >= 65 and MRR >= 1000
      "64, 5000, none, DIGEST, Low",
      "65, 5000, none, ALERT, High",
      "65, 999,  none, DIGEST, Low",
      "65, 1000, none, ALERT, High",
      // renewal within 60 days and frustration >= 50
      "50, 0,    60,   ALERT, Medium",
      "50, 0,    61,   DIGEST, Low",
      "49, 0,    30,   LOG,   Low",
      "50, 0,    0,    ALERT, Medium",
      "50, 0,    -1,   DIGEST, Low",
      // an unattached ticket (no renewal known) is judged on frustration alone
      "60, 0,    none, DIGEST, Low",
      // the weekly digest takes every frustrated ticket (50 or more) that no rule alerts, not one below
      "50, 0,    none, DIGEST, Low",
      "49, 0,    none, LOG,   Low",
      "49, 5000, 61,   LOG,   Low",
  })
  void decidesTheRecipeAtItsExactThresholds(int frustration, double mrr, Integer days, String action,
      String severity) {
    GateDecision decision = decide(with(frustration, mrr, days));
    assertThat(decision.action()).isEqualTo(action);
    assertThat(decision.severity()).isEqualTo(severity);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "critical topic, paying, 30     | CRITICAL_PAYING     | ALERT  | Critical | PT4H | Book a call within 24 hours",
      "critical topic, paying, 29     | CRITICAL_PAYING_29  | LOG    | Low      |      | No action needed",
      "critical topic, $249 promoter  | CRITICAL_PROMOTER   | LOG    | Low      |      | No action needed",
      "critical topic, trial          | CRITICAL_TRIAL      | LOG    | Low      |      | No action needed",
      "high topic, paying             | HIGH_TOPIC_PAYING   | LOG    | Low      |      | No action needed",
      "churn threat, paying           | CHURN_PAYING        | ALERT  | Critical | PT4H | Escalate to CS manager",
      "churn threat, trial            | CHURN_TRIAL         | LOG    | Low      |      | No action needed",
      "second frustrated, paying      | REPEAT_50           | ALERT  | Medium   | P1D  | Escalate to CS manager",
      "second frustrated at 49        | REPEAT_49           | LOG    | Low      |      | No action needed",
      "first frustrated ticket        | FIRST_50            | DIGEST | Low      | P3D  | Review in the weekly digest",
      "second frustrated, trial       | REPEAT_TRIAL        | DIGEST | Low      | P3D  | Review in the weekly digest",
      "declining trend at 50          | DECLINING_50        | DIGEST | Medium   | P1D  | Send a proactive update",
      "declining trend at 49          | DECLINING_49        | LOG    | Low      |      | No action needed",
      "health 39 at 50                | HEALTH_39           | DIGEST | Medium   | P1D  | Check the account plan with the CS owner",
      "health 40 at 50                | HEALTH_40           | DIGEST | Low      | P3D  | Review in the weekly digest",
      "negative enterprise ticket     | NEGATIVE_ENTERPRISE | DIGEST | Low      | P3D  | Send a proactive update",
      "urgent enterprise ticket       | URGENT_ENTERPRISE   | DIGEST | Low      | P3D  | Send a proactive update",
      "negative business ticket       | NEGATIVE_BUSINESS   | LOG    | Low      |      | No action needed",
      "polarity -0.5 on red account   | RED_MINUS_05        | DIGEST | Low      | P3D  | Mention in the daily digest",
      "polarity -0.49 on red account  | RED_MINUS_049       | LOG    | Low      |      | No action needed",
      "polarity -0.5 on yellow        | YELLOW_MINUS_05     | LOG    | Low      |      | No action needed",
      "negative at 55, small account  | NEGATIVE_55         | DIGEST | Low      | P3D  | Review in the weekly digest",
      "frustrated at 50, not alerted  | FRUSTRATED_50       | DIGEST | Low      | P3D  | Review in the weekly digest",
      "frustrated at 49, not alerted  | FRUSTRATED_49       | LOG    | Low      |      | No action needed",
      "open alert, very frustrated    | COOLDOWN_90         | DIGEST | Medium   | P1D  | Add to the open alert",
      "open alert, critical topic     | COOLDOWN_CRITICAL   | DIGEST | Medium   | P1D  | Add to the open alert",
  })
  void decidesEachRuleRegion(String name, Scenario scenario, String action, String severity, String sla,
      String recommended) {
    GateDecision decision = decide(scenario.change.apply(CALM));
    assertThat(decision.action()).isEqualTo(action);
    assertThat(decision.severity()).isEqualTo(severity);
    assertThat(decision.reviewSla()).isEqualTo(sla);
    assertThat(decision.recommendedAction()).isEqualTo(recommended);
  }

  /** One input changed from {@link #CALM}, named so the table above reads as a list of cases. */
  enum Scenario {
    CRITICAL_PAYING(i -> input(i).topicRisk("Critical").frustration(30).mrr(1).build()),
    CRITICAL_PAYING_29(i -> input(i).topicRisk("Critical").frustration(29).mrr(9000).build()),
    CRITICAL_PROMOTER(i -> input(i).topicRisk("Critical").label("Promoter").polarity(0.8).frustration(0).mrr(249)
        .build()),
    CRITICAL_TRIAL(i -> input(i).topicRisk("Critical").mrr(0).build()),
    HIGH_TOPIC_PAYING(i -> input(i).topicRisk("High").mrr(9000).build()),
    CHURN_PAYING(i -> input(i).churn(true).mrr(1).build()),
    CHURN_TRIAL(i -> input(i).churn(true).build()),
    REPEAT_50(i -> input(i).frustration(50).mrr(100).recent(1).build()),
    REPEAT_49(i -> input(i).frustration(49).mrr(100).recent(1).build()),
    FIRST_50(i -> input(i).frustration(50).mrr(100).recent(0).build()),
    REPEAT_TRIAL(i -> input(i).frustration(50).mrr(0).recent(3).build()),
    DECLINING_50(i -> input(i).frustration(50).declining(true).build()),
    DECLINING_49(i -> input(i).frustration(49).declining(true).build()),
    HEALTH_39(i -> input(i).frustration(50).health(39).build()),
    HEALTH_40(i -> input(i).frustration(50).health(40).build()),
    NEGATIVE_ENTERPRISE(i -> input(i).plan("Enterprise").label("Negative").build()),
    URGENT_ENTERPRISE(i -> input(i).plan("Enterprise").label("Urgent").build()),
    NEGATIVE_BUSINESS(i -> input(i).plan("Business").label("Negative").build()),
    RED_MINUS_05(i -> input(i).polarity(-0.5).trend("red").build()),
    RED_MINUS_049(i -> input(i).polarity(-0.49).trend("red").build()),
    YELLOW_MINUS_05(i -> input(i).polarity(-0.5).trend("yellow").build()),
    NEGATIVE_55(i -> input(i).label("Negative").polarity(-0.45).frustration(55).mrr(249).build()),
    FRUSTRATED_50(i -> input(i).frustration(50).mrr(999).days(61).health(40).build()),
    FRUSTRATED_49(i -> input(i).frustration(49).mrr(999).days(61).health(40).build()),
    COOLDOWN_90(i -> input(i).frustration(90).mrr(9000).cooldown(true).build()),
    COOLDOWN_CRITICAL(i -> input(i).topicRisk("Critical").mrr(9000).cooldown(true).build());

    final UnaryOperator<GateInput> change;

    Scenario(UnaryOperator<GateInput> change) {
      this.change = change;
    }
  }

  @Test
  void theMostSevereReasonWinsWhenRulesOverlap() {
    assertThat(decide(with(90, 5000, 10)).reason()).isEqualTo("Very frustrated customer");
    assertThat(decide(input(with(90, 5000, 10)).churn(true).build()).reason())
        .isEqualTo("Churn threat from a paying account");
  }

  @Test
  void everyRuleIsAnnotatedAndEveryInputIsTyped() {
    assertThat(model.getModelElementsByType(Rule.class))
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
    assertThat(model.getModelElementsByType(Input.class))
        .allSatisfy(input -> assertThat(input.getInputExpression().getTypeRef()).isNotBlank());
    Set<String> constrained = model.getModelElementsByType(Output.class).stream()
        .filter(output -> output.getOutputValues() != null)
        .map(Output::getName)
        .collect(Collectors.toSet());
    assertThat(constrained).contains(EscalationGate.ACTION, EscalationGate.SEVERITY, EscalationGate.REVIEW_SLA,
        EscalationGate.RECOMMENDED_ACTION);
  }

  /**
   * "Prepare review" takes the review SLA from the gate alone and fails without it, so every rule whose action
   * escalation-route.dmn can send to review (or straight to an alert, which Prepare review readies too) must give
   * one. Which actions those are is asked of the route table, for every rollout stage. (An empty recommended action
   * is allowed: the gate delegate fills in the severity's configured one.)
   */
  @Test
  void everyRuleThatCanLeadToAReviewGivesAnIsoReviewSla() {
    List<Rule> rules = List.copyOf(model.getModelElementsByType(Rule.class));
    Set<String> actions = rules.stream().map(rule -> cell(rule, EscalationGate.ACTION)).collect(Collectors.toSet());
    Set<String> leadingToReview = actions.stream().filter(EscalationGateTest::canLeadToReview)
        .collect(Collectors.toSet());
    assertThat(leadingToReview).as("actions the route table can send to review").isNotEmpty();

    List<Rule> reviewed = rules.stream()
        .filter(rule -> leadingToReview.contains(cell(rule, EscalationGate.ACTION))).toList();
    assertThat(reviewed).as("rules whose action can lead to review").isNotEmpty();
    assertThat(reviewed.stream().flatMap(rule -> reviewGaps(rule).stream()).toList()).isEmpty();
  }

  private static List<String> reviewGaps(Rule rule) {
    List<String> gaps = new ArrayList<>();
    String sla = cell(rule, EscalationGate.REVIEW_SLA);
    if (sla.isBlank()) {
      gaps.add(rule.getId() + ": no " + EscalationGate.REVIEW_SLA);
    } else {
      try {
        Duration.parse(sla);
      } catch (DateTimeParseException e) {
        gaps.add(rule.getId() + ": " + EscalationGate.REVIEW_SLA + " '" + sla + "' is not an ISO-8601 duration");
      }
    }
    return gaps;
  }

  /** An incident on "Prepare review" names the rule by its reason, which therefore names one rule only. */
  @Test
  void everyRuleGivesAReasonOfItsOwn() {
    List<String> reasons = model.getModelElementsByType(Rule.class).stream()
        .map(rule -> cell(rule, EscalationGate.REASON)).toList();
    assertThat(reasons).doesNotContain("").doesNotHaveDuplicates();
  }

  /**
   * The one gap "Prepare review" fills: an alert with no risk factor to show (it shows the rule's reason instead).
   * A very frustrated ticket on no risky topic, from a small account with no renewal near, no health problem, no
   * earlier frustrated ticket and a green light, alerts with none of the factors the gate delegate knows.
   */
  @Test
  void aVeryFrustratedTicketFromASmallCalmAccountAlertsWithoutARiskFactor() {
    GateInput input = input(CALM).frustration(90).build();
    Instant now = Instant.parse("2026-11-02T09:00:00Z");
    AccountTrend calm = AccountTrend.of(List.of(), new AccountTrend.Sample(now, input.polarity(), input.frustration()),
        now, TrendProperties.defaults());

    assertThat(decide(input).alerts()).isTrue();
    assertThat(RiskFactors.describe(input, calm, TrendProperties.defaults().dropWindowDays(), "General annoyance",
        true)).isEmpty();
  }

  /** Some stage routes the action past Gateway_ReviewNeeded ({@code escalationRoute != 'RECORD'}). */
  private static boolean canLeadToReview(String action) {
    return Arrays.stream(RolloutStage.values()).anyMatch(stage -> {
      Map<String, Object> variables = new HashMap<>();
      TriageVariables.ESCALATION_ACTION.putInto(variables, action);
      TriageVariables.ROLLOUT_STAGE.putInto(variables, stage.name());
      Object decided = dmnEngine.evaluateDecisionTable(route, variables).getSingleResult().getSingleEntry();
      return !EscalationRoute.RECORD.name().equals(decided);
    });
  }

  /** A rule's cell in the named output column, a string literal's content without its quotes ("" when empty). */
  private static String cell(Rule rule, String output) {
    List<String> columns = model.getModelElementsByType(Output.class).stream().map(Output::getName).toList();
    List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
    String text = entries.get(columns.indexOf(output)).getTextContent().strip();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1) : text;
  }

  @Test
  void theTableReadsExactlyTheInputsTheDelegateProvides() {
    Set<String> tableInputs = model.getModelElementsByType(Input.class).stream()
        .map(Input::getCamundaInputVariable)
        .collect(Collectors.toSet());
    assertThat(tableInputs).isEqualTo(CALM.variables().keySet());
  }

  private static Builder input(GateInput base) {
    return new Builder(base);
  }

  /** Changes one or two inputs of a {@link GateInput}. */
  static final class Builder {
    private boolean cooldown;
    private int frustration;
    private double polarity;
    private String label;
    private String topicRisk;
    private boolean churn;
    private double mrr;
    private Integer days;
    private Integer health;
    private String plan;
    private String trend;
    private boolean declining;
    private int recent;

    Builder(GateInput i) {
      cooldown = i.cooldownActive();
      frustration = i.frustration();
      polarity = i.polarity();
      label = i.sentimentLabel();
      topicRisk = i.highestTopicRisk();
      churn = i.churnRisk();
      mrr = i.mrr();
      days = i.daysToRenewal();
      health = i.healthScore();
      plan = i.plan();
      trend = i.accountTrend();
      declining = i.trendDeclining();
      recent = i.frustratedTicketsLast30Days();
    }

    Builder cooldown(boolean value) {
      cooldown = value;
      return this;
    }

    Builder frustration(int value) {
      frustration = value;
      return this;
    }

    Builder polarity(double value) {
      polarity = value;
      return this;
    }

    Builder label(String value) {
      label = value;
      return this;
    }

    Builder topicRisk(String value) {
      topicRisk = value;
      return this;
    }

    Builder churn(boolean value) {
      churn = value;
      return this;
    }

    Builder mrr(double value) {
      mrr = value;
      return this;
    }

    Builder days(Integer value) {
      days = value;
      return this;
    }

    Builder health(Integer value) {
      health = value;
      return this;
    }

    Builder plan(String value) {
      plan = value;
      return this;
    }

    Builder trend(String value) {
      trend = value;
      return this;
    }

    Builder declining(boolean value) {
      declining = value;
      return this;
    }

    Builder recent(int value) {
      recent = value;
      return this;
    }

    GateInput build() {
      return new GateInput(cooldown, frustration, polarity, label, topicRisk, churn, mrr, days, health, plan,
          trend, declining, recent);
    }
  }
}
