package com.sentimenttriage.intake;

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
 * V11_1 on a database that already holds deliveries (H2, and PostgreSQL in its run): each one gets the ticket it
 * belongs to, whichever of the three kinds of delivery key it has.
 */
@Tag("database")
class DeliveryBusinessKeyMigrationTest {

  /** Delivery key recorded before the migration, and the ticket it belongs to. */
  private static final Map<String, String> DELIVERIES = Map.of(
      "zendesk:4711#event:01HZX-9a7f", "zendesk:4711",
      "zendesk:4712#event:evt#event:2", "zendesk:4712",
      "intercom:conv-88@2026-11-20T10:15:00Z", "intercom:conv-88",
      "generic:a@b.example@2026-11-20T10:15:00.123Z", "generic:a@b.example",
      "freshdesk:T#1#text:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "freshdesk:T#1");

  @Test
  void aDeliveryRecordedBeforeGetsItsTicket() {
    DriverManagerDataSource dataSource = MigratedDatabase.emptyOfThisRun("deliveries");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10.1").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    DELIVERIES.keySet().forEach(deliveryKey -> jdbc.update(
        "insert into ticket_delivery (delivery_key, process_instance_id, received_at) values (?, ?, ?)",
        deliveryKey, "instance-1", Timestamp.from(Instant.parse("2026-11-20T10:15:01Z"))));

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    Map<String, String> tickets = new HashMap<>();
    jdbc.query("select delivery_key, business_key from ticket_delivery",
        row -> {
          tickets.put(row.getString(1), row.getString(2));
        });
    assertThat(tickets).isEqualTo(DELIVERIES);
  }
}
