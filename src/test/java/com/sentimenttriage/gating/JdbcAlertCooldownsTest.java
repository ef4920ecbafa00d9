package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.records.AlertAttachments;
import com.sentimenttriage.support.MigratedDatabase;
import com.sentimenttriage.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The cooldowns the application runs on, on a real database (H2, and PostgreSQL in its run): an alert holds its
 * keys for the window and not a second longer, and every instance of a ticket is attached on its own. The process
 * tests run on {@link InMemoryAlertCooldowns}, so without this test nothing would notice a cooldown that never ends.
 */
@Tag("database")
class JdbcAlertCooldownsTest {

  private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration WINDOW = Duration.ofHours(24);
  private static final List<String> KEYS = AlertCooldowns.keysFor(42L, "Billing, Export", "generic:T-1");

  private final JdbcTemplate jdbc = MigratedDatabase.ofThisRun("cooldowns");
  private final AlertCooldowns cooldowns = new JdbcAlertCooldowns(jdbc, new AlertAttachments(jdbc),
      new DataSourceTransactionManager(jdbc.getDataSource()));
  private final MutableClock clock = new MutableClock(OPENED);

  @Test
  void anAlertHoldsItsKeysForTheWindowAndTheNextTicketAfterItAlertsAgain() {
    assertThat(cooldowns.claim(KEYS, 42L, "pi-first", "generic:T-1", clock.instant(), WINDOW)).isEmpty();

    clock.advance(WINDOW.minusSeconds(1));
    assertThat(cooldowns.findOpen(KEYS, clock.instant())).map(OpenAlert::processInstanceId).contains("pi-first");
    assertThat(cooldowns.claim(List.of("account:42:topic:billing"), 42L, "pi-early", "generic:T-2",
        clock.instant(), WINDOW)).as("a second before the end, the first alert still holds the account")
        .map(OpenAlert::processInstanceId).contains("pi-first");

    clock.set(OPENED.plus(WINDOW));
    assertThat(cooldowns.findOpen(KEYS, clock.instant())).as("open no more once its window is over").isEmpty();
    assertThat(cooldowns.claim(List.of("account:42:topic:billing"), 42L, "pi-next", "generic:T-3",
        clock.instant(), WINDOW)).as("the next ticket takes the expired key over").isEmpty();
    assertThat(cooldowns.findOpen(KEYS, clock.instant())).map(OpenAlert::processInstanceId).contains("pi-next");

    clock.advance(WINDOW);
    assertThat(cooldowns.findOpen(KEYS, clock.instant())).as("and its own window ends as well").isEmpty();
  }

  /** Only an alert that opened a review or audit task has a form for attached tickets to be noted in. */
  @Test
  void anAlertSaysWhetherItOpenedAReviewTaskUntilTheNextAlertTakesItsKeysOver() {
    cooldowns.claim(KEYS, 42L, "pi-reviewed", "generic:T-1", clock.instant(), WINDOW);
    assertThat(cooldowns.findOpen(KEYS, clock.instant())).map(OpenAlert::reviewTaskOpened).contains(false);

    cooldowns.reviewTaskOpened("pi-reviewed");
    cooldowns.reviewTaskOpened("pi-of-no-alert");
    assertThat(cooldowns.findOpen(List.of("thread:generic:T-1"), clock.instant()))
        .map(OpenAlert::reviewTaskOpened).as("every key the alert holds").contains(true);
    assertThat(cooldowns.claim(KEYS, 42L, "pi-lost", "generic:T-2", clock.instant(), WINDOW))
        .as("a ticket that loses the claim is handed the alert with its mark")
        .map(OpenAlert::reviewTaskOpened).contains(true);

    clock.advance(WINDOW);
    cooldowns.claim(KEYS, 42L, "pi-automated", "generic:T-3", clock.instant(), WINDOW);
    assertThat(cooldowns.findOpen(KEYS, clock.instant())).as("the next alert starts unreviewed")
        .map(OpenAlert::reviewTaskOpened).contains(false);
  }

  @Test
  void eachInstanceOfATicketIsAttachedOnItsOwn() {
    cooldowns.claim(KEYS, 42L, "pi-alert", "generic:T-1", clock.instant(), WINDOW);
    OpenAlert open = cooldowns.findOpen(KEYS, clock.instant()).orElseThrow();

    cooldowns.attach(open, "pi-reply-1", "generic:T-1", 42L, 70, clock.instant());
    clock.advance(Duration.ofHours(1));
    cooldowns.attach(open, "pi-reply-2", "generic:T-1", 42L, 75, clock.instant());

    Map<String, Integer> attached = new HashMap<>();
    jdbc.query("select process_instance_id, frustration from alert_attachment where business_key = 'generic:T-1'",
        row -> {
          attached.put(row.getString(1), row.getInt(2));
        });
    assertThat(attached).containsExactlyInAnyOrderEntriesOf(Map.of("pi-reply-1", 70, "pi-reply-2", 75));
  }
}
