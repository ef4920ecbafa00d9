package com.sentimenttriage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.MigratedDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account facts an alert reads from the app's own tables, on a migrated database. */
class AccountSignalsTest {

  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final Instant WEEK_AGO = Instant.parse("2026-11-13T12:00:00Z");

  private JdbcTemplate jdbc;
  private AccountSignals signals;

  @BeforeEach
  void migratedDatabase() {
    jdbc = MigratedDatabase.h2("signals");
    signals = new AccountSignals(jdbc);
    jdbc.update("insert into account (id, name, plan, mrr) values (1, 'Acme Corp', 'Enterprise', 4200)");
  }

  private void health(String at, int score) {
    jdbc.update("insert into account_health (account_id, recorded_at, health_score) values (1, ?, ?)",
        Timestamp.from(Instant.parse(at)), score);
  }

  @Test
  void theHealthChangeIsTheLatestScoreAgainstTheScoreTheAccountHadAWeekAgo() {
    health("2026-11-01T09:00:00Z", 80);
    health("2026-11-10T09:00:00Z", 69);
    health("2026-11-15T09:00:00Z", 66);
    health("2026-11-19T09:00:00Z", 62);

    assertThat(signals.healthChangeSince(1, WEEK_AGO)).contains(62 - 69);
  }

  @Test
  void anAccountFirstScoredWithinTheWeekIsComparedWithItsFirstScore() {
    health("2026-11-15T09:00:00Z", 50);
    health("2026-11-19T09:00:00Z", 58);

    assertThat(signals.healthChangeSince(1, WEEK_AGO)).contains(8);
  }

  @Test
  void oneScoreIsNoChange() {
    health("2026-11-19T09:00:00Z", 62);

    assertThat(signals.healthChangeSince(1, WEEK_AGO)).isEmpty();
    assertThat(signals.healthChangeSince(2, NOW)).isEmpty();
  }
}
