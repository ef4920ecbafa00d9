package com.sentimenttriage.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.MigratedDatabase;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V12_1 on a database that already holds recall audit answers and flags (H2, and PostgreSQL in its run): each gets
 * the process instance its ticket's row holds, and none for a backfilled ticket, which has no instance.
 */
@Tag("database")
class LabelInstanceMigrationTest {

  private static final Timestamp AT = Timestamp.from(Instant.parse("2026-03-02T09:00:00Z"));

  @Test
  void recallAnswersAndFlagsRecordedBeforeGetTheInstanceTheirTicketHoldsNow() {
    DriverManagerDataSource dataSource = MigratedDatabase.emptyOfThisRun("label-instances");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("11.1").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    scored(jdbc, "generic:T-1", "pi-1");
    scored(jdbc, "generic:T-2", "pi-2");
    jdbc.update("""
        insert into scored_ticket (business_key, source, ticket_id, polarity, frustration, label, scored_at, origin)
        values ('generic:T-3', 'generic', 'T-3', -0.5, 60, 'Negative', ?, 'backfill')""", AT);
    jdbc.update("""
        insert into recall_audit (id, process_instance_id, month_start, started_at, non_escalated_tickets)
        values (1, 'pi-audit', ?, ?, 2)""", Date.valueOf("2026-02-01"), AT);
    for (String key : new String[] {"generic:T-1", "generic:T-3"}) {
      jdbc.update("insert into recall_audit_ticket (audit_id, business_key, should_have_escalated) values (1, ?, true)",
          key);
    }
    for (String key : new String[] {"generic:T-2", "generic:T-3"}) {
      jdbc.update("""
          insert into score_flag (business_key, should_escalate, flagged_by, flagged_at)
          values (?, false, 'agent', ?)""", key, AT);
    }

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    assertThat(instances(jdbc, "recall_audit_ticket"))
        .containsEntry("generic:T-1", "pi-1").containsEntry("generic:T-3", null).hasSize(2);
    assertThat(instances(jdbc, "score_flag"))
        .containsEntry("generic:T-2", "pi-2").containsEntry("generic:T-3", null).hasSize(2);
  }

  private static void scored(JdbcTemplate jdbc, String key, String instance) {
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, polarity, frustration,
                                   label, escalation_action, severity, scored_at)
        values (?, ?, 'generic', ?, -0.5, 60, 'Negative', 'LOG', 'Low', ?)""",
        key, instance, key.substring(key.indexOf(':') + 1), AT);
  }

  /** Business key to process instance, per label row of {@code table}. */
  private static Map<String, String> instances(JdbcTemplate jdbc, String table) {
    Map<String, String> instances = new HashMap<>();
    jdbc.query("select business_key, process_instance_id from " + table,
        row -> {
          instances.put(row.getString(1), row.getString(2));
        });
    return instances;
  }
}
