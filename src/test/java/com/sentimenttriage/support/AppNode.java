package com.sentimenttriage.support;

import com.sentimenttriage.SentimentTriageApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node in the test JVM with the production (postgres) profile: its job executor, pool sizes, lock
 * time and Hikari timeouts, on a PostgreSQL database and an SMTP port the test owns. The fault tests start nodes
 * through this, with their own overrides (a short retry cycle, a short lock time).
 */
public final class AppNode {

  private AppNode() {
  }

  /**
   * Starts a node named {@code name}: every queue AUTOMATED with no audit sampling (each ticket's whole path runs
   * on the job executor and ends), the generic webhook unsigned (test profile), and {@code overrides} last.
   */
  public static ConfigurableApplicationContext start(String name, String databaseUrl, int smtpPort,
      Map<String, String> overrides) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.datasource.url", databaseUrl);
    properties.put("spring.datasource.username", TestDatabase.user());
    properties.put("spring.datasource.password", TestDatabase.password());
    // Each node names its engine: two engines in one JVM must not share a name.
    properties.put("camunda.bpm.process-engine-name", name);
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", String.valueOf(smtpPort));
    properties.put("triage.rollout.default-stage", "AUTOMATED");
    properties.put("triage.rollout.automated-audit-share", "0");
    properties.put("spring.jmx.enabled", "false");
    properties.put("spring.application.name", name);
    properties.putAll(overrides);
    // As command-line arguments, so they win over the profiles' files.
    String[] arguments = properties.entrySet().stream()
        .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
    // "test" after "postgres": the test profile's short job-executor waits and unsigned generic webhook win.
    return new SpringApplicationBuilder(SentimentTriageApplication.class)
        .profiles("postgres", "test")
        .run(arguments);
  }

  public static URI webhook(ConfigurableApplicationContext node) {
    return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port")
        + "/api/webhooks/generic");
  }

  /** A port free at this moment, for a server the test stops and starts again on the same address. */
  public static int freePort() {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
