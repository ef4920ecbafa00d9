package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.ThrowawayUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords slow a guesser down, one try per account every five minutes at most, but never lock an account
 * for good: not a user's, not an admin's. Time moves on the engine's clock, which Camunda's throttling reads; it
 * starts a day in the past, so no timer of other tests' processes comes due meanwhile.
 */
class LoginThrottlingTest extends IntegrationTest {

  /** The longest wait after a wrong password, as docs/operations.md promises it. */
  private static final Duration LONGEST_DELAY = Duration.ofMinutes(5);
  /** More wrong passwords than Camunda's default limit (10), after which it locked the account for good. */
  private static final int MANY = 12;

  @Autowired
  private IdentityService identityService;

  private ThrowawayUsers users;
  private Instant now;

  @BeforeEach
  void startTheClockADayAgo() {
    users = new ThrowawayUsers(identityService);
    now = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
    users.deleteAll();
  }

  @Test
  void manyWrongPasswordsSlowAGuesserButNeverLockTheAccountForGood() {
    String agent = users.create("agent", "agent-secret");

    for (int attempt = 1; attempt <= MANY; attempt++) {
      assertThat(signIn(agent, "guess-" + attempt)).as("wrong password %d", attempt).isEqualTo(401);
      if (attempt < MANY) {
        pass(LONGEST_DELAY.plusSeconds(1));
      }
    }

    assertThat(signIn(agent, "agent-secret")).as("the right password while the delay runs").isEqualTo(401);
    pass(LONGEST_DELAY.minusSeconds(2));
    assertThat(signIn(agent, "agent-secret")).as("the right password just before the delay ends").isEqualTo(401);
    pass(Duration.ofSeconds(3));
    assertThat(signIn(agent, "agent-secret")).as("the right password once the delay has passed").isEqualTo(200);
  }

  @Test
  void anAdminWhosePasswordWasGuessedAtStillUnlocksAUserThroughRest() {
    String admin = users.create("admin", "admin-secret", Groups.CAMUNDA_ADMIN);
    String agent = users.create("agent", "agent-secret");
    for (int attempt = 1; attempt <= MANY; attempt++) {
      assertThat(signIn(admin, "guess-" + attempt)).isEqualTo(401);
      assertThat(signIn(agent, "guess-" + attempt)).isEqualTo(401);
      pass(LONGEST_DELAY.plusSeconds(1));
    }
    assertThat(signIn(agent, "guess-again")).isEqualTo(401);
    assertThat(signIn(agent, "agent-secret")).as("the agent waits").isEqualTo(401);

    assertThat(postJsonAs("supervisor", "supervisor", unlock(agent), "").statusCode())
        .as("only Camunda admins unlock").isEqualTo(403);
    assertThat(postJsonAs(admin, "admin-secret", unlock(agent), "").statusCode()).isEqualTo(204);

    assertThat(signIn(agent, "agent-secret")).as("right after the unlock").isEqualTo(200);
  }

  /** A call with HTTP Basic credentials to the engine's REST API, which checks them like every sign-in does. */
  private int signIn(String user, String password) {
    return getAs(user, password, "/engine-rest/user/" + user + "/profile").statusCode();
  }

  private static String unlock(String user) {
    return "/engine-rest/user/" + user + "/unlock";
  }

  private void pass(Duration duration) {
    now = now.plus(duration);
    ClockUtil.setCurrentTime(Date.from(now));
  }
}
