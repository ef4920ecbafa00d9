package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.MigratedDatabase;
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
 * V13_1 on a database that already holds attachments (H2, and PostgreSQL in its run): each keeps its ticket and
 * alert and gets the instance its ticket's score row holds as its key, after which the ticket can be attached again
 * by another instance.
 */
@Tag("database")
class AttachmentPerInstanceMigrationTest {

  private static final Timestamp AT = Timestamp.from(Instant.parse("2026-03-02T09:00:00Z"));

  @Test
  void attachmentsRecordedBeforeAreKeyedByTheInstanceTheirTicketsScoreHolds() {
    DriverManagerDataSource dataSource = MigratedDatabase.emptyOfThisRun("attachment-instances");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("12.1").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, polarity, frustration,
                                   label, escalation_action, severity, scored_at)
        values ('generic:T-1', 'pi-1', 'generic', 'T-1', -0.5, 60, 'Negative', 'DIGEST', 'Medium', ?)""", AT);
    for (String key : new String[] {"generic:T-1", "generic:T-2"}) {
      jdbc.update("""
          insert into alert_attachment (business_key, cooldown_key, alert_process_instance_id, account_id,
                                        frustration, attached_at)
          values (?, 'account:7:topic:billing', 'pi-alert', 7, 60, ?)""", key, AT);
    }

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    Map<String, String> instances = new HashMap<>();
    jdbc.query("select business_key, process_instance_id, alert_process_instance_id from alert_attachment", row -> {
      assertThat(row.getString(3)).isEqualTo("pi-alert");
      instances.put(row.getString(1), row.getString(2));
    });
    assertThat(instances).hasSize(2).containsEntry("generic:T-1", "pi-1");
    assertThat(instances.get("generic:T-2")).as("a ticket without a score row keeps a placeholder")
        .startsWith("unknown-");
    jdbc.update("""
        insert into alert_attachment (process_instance_id, business_key, cooldown_key, alert_process_instance_id,
                                      account_id, frustration, attached_at)
        values ('pi-2', 'generic:T-1', 'account:7:topic:billing', 'pi-alert', 7, 70, ?)""", AT);
    assertThat(jdbc.queryForObject("select count(*) from alert_attachment where business_key = 'generic:T-1'",
        Integer.class)).isEqualTo(2);
  }
}
