package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.gating.EscalationGateService.CooldownClaim;
import com.sentimenttriage.gating.EscalationGateService.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gate's work around its decision table, without an engine: cooldown claims, attachments and the verdict. */
class EscalationGateServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
  private static final AccountTrend CALM = AccountTrend.of(List.of(
      new AccountTrend.Sample(NOW.minus(Duration.ofDays(2)), 0.6, 5)), null, NOW, TrendProperties.defaults());

  private final InMemoryAlertCooldowns cooldowns = new InMemoryAlertCooldowns();
  private final EscalationGateService gate = new EscalationGateService(
      (accountId, exceptBusinessKey, now) -> CALM, cooldowns, new CooldownProperties(Duration.ofHours(24)),
      new PriorityCalculator(PriorityProperties.defaults()), TrendProperties.defaults(),
      Map.of("High", "Call the customer today")::get);

  private static GateTicket ticket(String businessKey, Long accountId) {
    return new GateTicket("pi-" + businessKey, businessKey, accountId, accountId != null, "Billing, Export", 80,
        -0.7, "Urgent", "The invoice is wrong again.", "Medium", false, 200.0, null, 200, 90, "Starter");
  }

  private static GateDecision decision(String action, String recommendedAction) {
    return new GateDecision(action, "High", "PT8H", recommendedAction, "Very frustrated customer");
  }

  @Test
  void theFirstAlertingTicketOfAnAccountAndTopicHoldsTheCooldown() {
    GateTicket first = ticket("generic:1", 7L);

    CooldownClaim claim = gate.claimCooldown(first, true, Optional.empty(), NOW);

    assertThat(claim).isEqualTo(new CooldownClaim(Optional.empty(), false, false));
    assertThat(gate.accountContext(ticket("generic:2", 7L), NOW).openAlert()).map(OpenAlert::processInstanceId)
        .contains("pi-generic:1");
    assertThat(gate.accountContext(ticket("generic:3", 8L), NOW).cooldownActive()).as("another account").isFalse();
  }

  @Test
  void anAlertingTicketThatLosesTheClaimIsDecidedAgainAndNotYetAttached() {
    // Both tickets found no open alert; the other one claimed first.
    gate.claimCooldown(ticket("generic:1", 7L), true, Optional.empty(), NOW);

    CooldownClaim lost = gate.claimCooldown(ticket("generic:2", 7L), true, Optional.empty(), NOW);

    assertThat(lost.decideAgain()).isTrue();
    assertThat(lost.attached()).isFalse();
    assertThat(lost.openAlert()).map(OpenAlert::processInstanceId).contains("pi-generic:1");
    assertThat(cooldowns.attached()).isEmpty();
  }

  @Test
  void aTicketThatDoesNotAlertWhileAnAlertIsOpenIsAttachedToIt() {
    gate.claimCooldown(ticket("generic:1", 7L), true, Optional.empty(), NOW);
    GateTicket second = ticket("generic:2", 7L);
    Optional<OpenAlert> open = gate.accountContext(second, NOW).openAlert();

    CooldownClaim claim = gate.claimCooldown(second, false, open, NOW);

    assertThat(claim).isEqualTo(new CooldownClaim(open, false, true));
    assertThat(cooldowns.attached()).containsExactly("generic:2");
  }

  @Test
  void aTableThatStillAlertsWhileAnAlertIsOpenLeavesTheTicketAlertingBesideItWithoutAClaim() {
    gate.claimCooldown(ticket("generic:1", 7L), true, Optional.empty(), NOW);
    Optional<OpenAlert> open = gate.accountContext(ticket("generic:2", 7L), NOW).openAlert();

    CooldownClaim claim = gate.claimCooldown(ticket("generic:2", 7L), true, open, NOW);

    assertThat(claim).isEqualTo(new CooldownClaim(open, false, false));
    assertThat(cooldowns.attached()).isEmpty();
  }

  @Test
  void aTicketWithoutAnAccountHasNoTrendAndItsThreadIsItsOnlyCooldownKey() {
    GateTicket unattached = ticket("generic:9", null);
    gate.claimCooldown(unattached, true, Optional.empty(), NOW);

    assertThat(gate.accountContext(unattached, NOW).trend()).isEqualTo(AccountTrend.NONE);
    assertThat(gate.accountContext(ticket("generic:9", 7L), NOW).cooldownActive()).as("the same thread").isTrue();
  }

  @Test
  void theVerdictFillsAnEmptyRecommendedActionFromTheSeverityAndKeepsTheRulesOwn() {
    GateTicket ticket = ticket("generic:1", 7L);

    assertThat(gate.weigh(ticket, decision("ALERT", ""), CALM, false).recommendedAction())
        .isEqualTo("Call the customer today");
    assertThat(gate.weigh(ticket, decision("ALERT", "Book a call within 24 hours"), CALM, false)
        .recommendedAction()).isEqualTo("Book a call within 24 hours");
  }

  @Test
  void theVerdictWeighsPriorityAndListsTheRiskFactorsOrTheRulesReasonWithoutAny() {
    Verdict attached = gate.weigh(ticket("generic:1", 7L), decision("DIGEST", null), CALM, true);
    // Shipped weights 0.35/0.25/0.25/0.15: F 0.8, V 200/5000, S High 0.75, R 0 (200 days out) -> 47.75.
    assertThat(attached.priority()).isEqualTo(48);
    assertThat(attached.riskFactors()).isEqualTo("Attached to an alert already open for this account and topic");

    GateTicket calmAccount = ticket("generic:2", 7L);
    assertThat(gate.weigh(calmAccount, decision("ALERT", null), CALM, false).riskFactors())
        .isEqualTo("Very frustrated customer");
  }
}
