package com.sentimenttriage.support;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a test's own for repositories wired by hand: a fresh in-memory H2 in PostgreSQL mode (or a fresh
 * PostgreSQL database in that run), migrated by the application's own Flyway scripts.
 */
public final class MigratedDatabase {

  private MigratedDatabase() {
  }

  /** @param name what the database is for, part of its name beside a random suffix */
  public static JdbcTemplate h2(String name) {
    return migrated(h2DataSource(name));
  }

  /**
   * A fresh database of this test run's kind ({@link TestDatabase#usesPostgres()}), migrated: H2, or PostgreSQL in
   * the PostgreSQL run (tests using it are tagged {@code database}).
   */
  public static JdbcTemplate ofThisRun(String name) {
    return migrated(emptyOfThisRun(name));
  }

  /** The same, not migrated yet, for a test of a migration. */
  public static DriverManagerDataSource emptyOfThisRun(String name) {
    if (TestDatabase.usesPostgres()) {
      TestDatabase.requireReachable();
      return new DriverManagerDataSource(TestDatabase.fresh().url(), TestDatabase.user(), TestDatabase.password());
    }
    return h2DataSource(name);
  }

  private static DriverManagerDataSource h2DataSource(String name) {
    return new DriverManagerDataSource(
        "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
  }

  private static JdbcTemplate migrated(DriverManagerDataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
