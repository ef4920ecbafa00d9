package com.sentimenttriage.support;

import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The database the Spring Boot tests run on: an in-memory H2 by default, or, with
 * {@code -Dtriage.test.database=postgres} (the second surefire run of {@code ./mvnw verify}), a fresh PostgreSQL
 * database created for this test JVM and dropped when it ends.
 */
public final class TestDatabase {

  /** Where the PostgreSQL server is; the machine's default is a local server with trust authentication. */
  private static final String SERVER = env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = env("TEST_PG_USER", "postgres");
  private static final String PASSWORD = env("TEST_PG_PASSWORD", "");

  private static TestDatabase postgres;

  private final String url;

  private TestDatabase(String url) {
    this.url = url;
  }

  public static boolean usesPostgres() {
    return "postgres".equalsIgnoreCase(System.getProperty("triage.test.database", "h2"));
  }

  /** Why PostgreSQL cannot be used here, or null when it can. */
  public static synchronized String unavailableReason() {
    try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
      return null;
    } catch (SQLException e) {
      return "PostgreSQL is not reachable at " + SERVER + " as " + USER + " (" + e.getMessage() + ")";
    }
  }

  /** The database of the shared Spring context, created once per JVM. */
  static synchronized TestDatabase postgres() {
    if (postgres == null) {
      postgres = fresh();
    }
    return postgres;
  }

  /** A database of its own, dropped when the JVM ends. */
  public static TestDatabase fresh() {
    String name = "triage_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
    execute("create database " + name);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name
        + " with (force)")));
    return new TestDatabase(SERVER + name);
  }

  /**
   * Returns when PostgreSQL can be used; otherwise skips the calling test with the reason, or fails it under CI
   * (CI=true), where the PostgreSQL run must not pass unnoticed.
   */
  public static void requireReachable() {
    String reason = unavailableReason();
    if (reason != null && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(reason + " - CI must run the PostgreSQL tests");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(reason == null, () -> "Skipping the PostgreSQL run: " + reason);
  }

  public String url() {
    return url;
  }

  /** The PostgreSQL server's address, for a {@link TcpProxy} in front of it. */
  public InetSocketAddress server() {
    URI uri = URI.create(url.substring("jdbc:".length()));
    return new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
  }

  /** This database's URL as seen through a local relay on {@code port} (see {@link TcpProxy}). */
  public String urlThrough(int port) {
    URI uri = URI.create(url.substring("jdbc:".length()));
    return "jdbc:postgresql://127.0.0.1:" + port + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  public static String user() {
    return USER;
  }

  public static String password() {
    return PASSWORD;
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run '" + sql + "' on " + SERVER, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
