package com.sentimenttriage.support;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings for a Spring test context that needs properties of its own (another account source, verification on)
 * and so runs beside the shared context in the same JVM. Camunda keeps its engines in a JVM-wide registry by name:
 * a second engine named "default" would take the shared context's place there, and the shared context's engine REST
 * calls and sign-ins would reach the other engine and its database. So this context's engine gets a name of its own
 * (its REST API is then {@code /engine-rest/engine/<name>/...}) and, on PostgreSQL, a database of its own, so its job
 * executor never runs the shared context's jobs. The context stays in Spring's test context cache until the JVM
 * ends: closing it early (with {@code @DirtiesContext}) takes the webapps' JVM-wide runtime delegate, which the last
 * context started has set, down with it, and Tasklist and Cockpit of the shared context then answer 500.
 */
public final class ContextOfItsOwn {

  /** The database of a context of its own; IntegrationTest's data source takes it over the shared one. */
  static final String OWN_DATABASE_URL = "triage.test.own-database-url";

  private static final Map<String, TestDatabase> DATABASES = new ConcurrentHashMap<>();

  public static void register(DynamicPropertyRegistry registry, String engineName) {
    registry.add("camunda.bpm.process-engine-name", () -> engineName);
    if (TestDatabase.usesPostgres()) {
      TestDatabase database = DATABASES.computeIfAbsent(engineName, name -> TestDatabase.fresh());
      registry.add(OWN_DATABASE_URL, database::url);
    }
  }

  /** The database of the named context on PostgreSQL; none on H2. */
  public static Optional<String> databaseUrl(String engineName) {
    return Optional.ofNullable(DATABASES.get(engineName)).map(TestDatabase::url);
  }

  /** The engine REST API of the named engine. */
  public static String engineRest(String engineName) {
    return "/engine-rest/engine/" + engineName;
  }

  private ContextOfItsOwn() {
  }
}
