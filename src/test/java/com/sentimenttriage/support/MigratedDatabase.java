package com.sentimenttriage.support;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a test's own for repositories wired by hand: a fresh in-memory H2 in PostgreSQL mode, migrated by the
 * application's own Flyway scripts.
 */
public final class MigratedDatabase {

  private MigratedDatabase() {
  }

  /** @param name what the database is for, part of its name beside a random suffix */
  public static JdbcTemplate h2(String name) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
