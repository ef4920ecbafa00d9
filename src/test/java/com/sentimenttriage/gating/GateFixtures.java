package com.sentimenttriage.gating;

import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.TrendProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The real gate delegate around in-memory cooldowns and an account history with no earlier tickets. */
public final class GateFixtures {

  private GateFixtures() {
  }

  public static DecideEscalationDelegate decideEscalationDelegate(Clock clock) {
    return decideEscalationDelegate(clock, new InMemoryAlertCooldowns());
  }

  /** For scenarios that send many tickets of one account on purpose: no ticket is attached to another's alert. */
  public static DecideEscalationDelegate decideEscalationDelegateWithoutCooldown(Clock clock) {
    return decideEscalationDelegate(clock, new InMemoryAlertCooldowns(), Duration.ZERO);
  }

  public static DecideEscalationDelegate decideEscalationDelegate(Clock clock, AlertCooldowns cooldowns) {
    return decideEscalationDelegate(clock, cooldowns, Duration.ofHours(24));
  }

  private static DecideEscalationDelegate decideEscalationDelegate(Clock clock, AlertCooldowns cooldowns,
      Duration cooldownWindow) {
    return new DecideEscalationDelegate(
        (accountId, current, now) -> AccountTrend.of(List.of(), current, now, TrendProperties.defaults()),
        cooldowns,
        new PriorityCalculator(PriorityProperties.defaults()),
        new CooldownProperties(cooldownWindow),
        TrendProperties.defaults(),
        clock);
  }
}
