package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V11_1 on a database that already holds deliveries (H2, and PostgreSQL in its run): each one gets the ticket it
 * belongs to, whichever of the three kinds of delivery key it has.
 */
@Tag("database")
class DeliveryBusinessKeyMigrationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "zendesk:4711#event:01HZX-9a7f            | zendesk:4711",
      "zendesk:4711#event:evt#event:2           | zendesk:4711",
      "intercom:conv-88@2026-11-20T10:15:00Z    | intercom:conv-88",
      "generic:a@b.example@2026-11-20T10:15:00.123Z | generic:a@b.example",
      "freshdesk:T#1#text:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef | freshdesk:T#1"})
  void aDeliveryRecordedBeforeGetsItsTicket(String deliveryKey, String businessKey) {
    DriverManagerDataSource dataSource = dataSource();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10.1").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into ticket_delivery (delivery_key, process_instance_id, received_at) values (?, ?, ?)",
        deliveryKey, "instance-1", Timestamp.from(Instant.parse("2026-11-20T10:15:01Z")));

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    assertThat(jdbc.queryForObject("select business_key from ticket_delivery where delivery_key = ?", String.class,
        deliveryKey)).isEqualTo(businessKey);
  }

  private static DriverManagerDataSource dataSource() {
    if (TestDatabase.usesPostgres()) {
      TestDatabase.requireReachable();
      return new DriverManagerDataSource(TestDatabase.fresh().url(), TestDatabase.user(), TestDatabase.password());
    }
    return new DriverManagerDataSource("jdbc:h2:mem:deliveries-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
  }
}
