package com.sentimenttriage.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sentimenttriage.SentimentTriageApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node started in this JVM on a free port, as a cluster member would run in a JVM of its own:
 * its own engine name, mail to the given SMTP server, and every rollout queue AUTOMATED, so each ticket's whole
 * path (score, account, gate, route, record, alert, chat, audit sample) runs on the job executors without a human.
 * Used by the multi-node tests and the load benchmark.
 *
 * <pre>{@code
 * ConfigurableApplicationContext node = TriageNode.named("node-1", mail).on(database).profiles("test").start();
 * }</pre>
 */
public final class TriageNode {

  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<Class<?>> sources = new ArrayList<>(List.of(SentimentTriageApplication.class));
  private String[] profiles = {};

  private TriageNode(String name, GreenMail mail) {
    properties.put("server.port", 0);
    // Each node names its engine (one JVM holds several), as separate JVMs would not need to. The starter ignores a
    // name with a hyphen and falls back to "default", so "node-1" becomes the engine "node1".
    properties.put("camunda.bpm.process-engine-name", name.replace("-", ""));
    properties.put("spring.application.name", name);
    properties.put("spring.jmx.enabled", false);
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", mail.getSmtp().getPort());
    properties.put("triage.rollout.default-stage", "AUTOMATED");
  }

  public static TriageNode named(String name, GreenMail mail) {
    return new TriageNode(name, mail);
  }

  /** On the given PostgreSQL database (several nodes may share it). */
  public TriageNode on(TestDatabase database) {
    properties.put("spring.datasource.url", database.url());
    properties.put("spring.datasource.username", TestDatabase.user());
    properties.put("spring.datasource.password", TestDatabase.password());
    properties.put("camunda.bpm.database.type", "postgres");
    return this;
  }

  public TriageNode profiles(String... names) {
    this.profiles = names.clone();
    return this;
  }

  public TriageNode property(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  /** Further configuration classes, e.g. beans only a benchmark needs. */
  public TriageNode with(Class<?> configuration) {
    sources.add(configuration);
    return this;
  }

  /** Starts the node and returns when it serves requests. A second node should start after the first. */
  public ConfigurableApplicationContext start() {
    // As command-line arguments, so they win over the profiles' files (builder properties would only be defaults).
    String[] arguments = properties.entrySet().stream()
        .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles(profiles).run(arguments);
  }

  public static URI genericWebhook(ConfigurableApplicationContext node) {
    String port = node.getEnvironment().getProperty("local.server.port");
    return URI.create("http://localhost:" + port + "/api/webhooks/generic");
  }

  /** A GreenMail SMTP server on a port chosen once, so it can be stopped and restarted on the same address. */
  public static GreenMail greenMailOnFreePort() {
    GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
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
