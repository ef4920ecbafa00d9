package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.recall.RecallAuditProperties;
import com.sentimenttriage.gating.CooldownProperties;
import com.sentimenttriage.rollout.RolloutProperties;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The thresholds the application ships with, read from the files it ships (application.yaml, with and without the
 * postgres profile, bound into the application's own properties classes; the escalation gate's table as deployed),
 * against numbers written out here. A changed threshold must be a decision someone makes on purpose: it fails this
 * test until the number below is changed with it. Environment variables are left out, so the defaults in the files'
 * placeholders are what is read.
 */
class ShippedThresholdsTest {

  @ParameterizedTest(name = "profiles [{0}]")
  @ValueSource(strings = {"", "postgres"})
  void rolloutGraduatesAtNinetyDemotesBelowEightyAndAuditsTheShippedShares(String profile) throws IOException {
    RolloutProperties rollout = shipped(profile).bindOrCreate("triage.rollout", RolloutProperties.class);

    assertThat(rollout.graduationPrecision()).isEqualTo(0.90);
    assertThat(rollout.graduationWindow()).isEqualTo(50);
    assertThat(rollout.demotionPrecision()).isEqualTo(0.80);
    assertThat(rollout.demotionMinJudgements()).isEqualTo(10);
    assertThat(rollout.probationFirstWeek()).isEqualTo(Duration.ofDays(7));
    assertThat(rollout.probationFirstWeekAuditShare()).isEqualTo(1.0);
    assertThat(rollout.probationAuditShare()).isEqualTo(0.25);
    assertThat(rollout.automatedAuditShare()).isEqualTo(0.05);
  }

  @ParameterizedTest(name = "profiles [{0}]")
  @ValueSource(strings = {"", "postgres"})
  void anAlertCoolsDownForTwentyFourHoursAndTheRecallAuditSamplesTwoHundred(String profile) throws IOException {
    Binder shipped = shipped(profile);

    assertThat(shipped.bindOrCreate("triage.cooldown", CooldownProperties.class).window())
        .isEqualTo(Duration.parse("PT24H"));
    assertThat(shipped.bindOrCreate("triage.recall-audit", RecallAuditProperties.class).sampleSize())
        .isEqualTo(200);
  }

  /** Each rule of the gate, in its order (hit policy FIRST): its tests on the inputs and the action it gives. */
  @Test
  void theEscalationGateTestsTheShippedThresholdsInTheShippedOrder() throws IOException {
    DecisionTable table;
    try (InputStream dmn = new ClassPathResource(TicketTriageProcess.GATE_RESOURCE).getInputStream()) {
      table = Dmn.readModelFromStream(dmn).getModelElementsByType(DecisionTable.class).iterator().next();
    }
    List<String> inputs = table.getInputs().stream().map(input -> input.getCamundaInputVariable()).toList();

    List<String> rules = new ArrayList<>();
    for (Rule rule : table.getRules()) {
      List<String> entries = rule.getInputEntries().stream().map(entry -> entry.getTextContent().strip()).toList();
      String tests = IntStream.range(0, inputs.size()).filter(i -> !entries.get(i).isEmpty())
          .mapToObj(i -> inputs.get(i) + " " + entries.get(i)).collect(Collectors.joining(", "));
      rules.add(rule.getId() + ": " + tests + " -> " + rule.getOutputEntries().iterator().next().getTextContent());
    }

    assertThat(table.getHitPolicy().name()).isEqualTo("FIRST");
    assertThat(rules).containsExactly(
        "Rule_PromoterFromHealthyAccount: frustration < 10, sentimentLabel \"Promoter\", healthScore >= 70 -> \"ADVOCACY\"",
        "Rule_PromoterNeverAlerts: frustration < 10, sentimentLabel \"Promoter\" -> \"LOG\"",
        "Rule_AttachToOpenAlert: cooldownActive true -> \"DIGEST\"",
        "Rule_CriticalTopicOnPayingAccount: frustration >= 30, highestTopicRisk \"Critical\", mrr > 0 -> \"ALERT\"",
        "Rule_ChurnThreatOnPayingAccount: churnRisk true, mrr > 0 -> \"ALERT\"",
        "Rule_VeryFrustrated: frustration >= 80 -> \"ALERT\"",
        "Rule_FrustratedPayingAccount: frustration >= 65, mrr >= 1000 -> \"ALERT\"",
        "Rule_FrustratedBeforeRenewal: frustration >= 50, daysToRenewal [0..60] -> \"ALERT\"",
        "Rule_RepeatedFrustration: frustration >= 50, mrr > 0, frustratedTicketsLast30Days >= 1 -> \"ALERT\"",
        "Rule_FrustratedDecliningAccount: frustration >= 50, trendDeclining true -> \"DIGEST\"",
        "Rule_FrustratedUnhealthyAccount: frustration >= 50, healthScore < 40 -> \"DIGEST\"",
        "Rule_NegativeEnterpriseTicket: sentimentLabel \"Negative\",\"Urgent\", plan \"Enterprise\" -> \"DIGEST\"",
        "Rule_NegativeTicketOnRedAccount: polarity <= -0.5, accountTrend \"red\" -> \"DIGEST\"",
        "Rule_FrustratedBelowAlertThresholds: frustration >= 50 -> \"DIGEST\"",
        "Rule_RecordOnly:  -> \"LOG\"");
  }

  /**
   * The shipped application.yaml, under the profile's file when one is named (which wins, as in the application),
   * with placeholders resolved against these files only.
   */
  private static Binder shipped(String profile) throws IOException {
    YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
    List<PropertySource<?>> sources = new ArrayList<>();
    if (!profile.isEmpty()) {
      String file = "application-" + profile + ".yaml";
      sources.addAll(yaml.load(file, new ClassPathResource(file)));
    }
    sources.addAll(yaml.load("application.yaml", new ClassPathResource("application.yaml")));
    return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
  }
}
