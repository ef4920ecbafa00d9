package com.sentimenttriage.support;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on its own in-memory H2, with GreenMail as the SMTP server. Test classes
 * extending it share one Spring context and one GreenMail, both on free ports, so several builds can run on one
 * machine. Calls go over real HTTP. They run on H2, and once more on a fresh PostgreSQL database
 * ({@link TestDatabase}).
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

  /**
   * Started once per test JVM and left running: the shared Spring context keeps sending to its port. The port is
   * chosen once, so a test may stop and restart the server (a mail outage) on the same address.
   */
  protected static final GreenMail greenMail = TriageNode.greenMailOnFreePort();

  /**
   * On a machine without PostgreSQL the PostgreSQL run is skipped with the reason; under CI (CI=true) that is a
   * failure instead, so a broken CI database cannot pass as green.
   */
  @BeforeAll
  static void requireTheDatabase() {
    if (TestDatabase.usesPostgres()) {
      TestDatabase.requireReachable();
    }
  }

  @DynamicPropertySource
  static void mailServerAndDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    if (TestDatabase.usesPostgres()) {
      // A context of its own names its own database (ContextOfItsOwn). Spring calls this class's method after the
      // subclass's, so a plain value here would win and put two engines, each running the other's jobs with its
      // own beans, on one database: the shared database is only the default.
      registry.add("spring.datasource.url",
          () -> "${" + ContextOfItsOwn.OWN_DATABASE_URL + ":" + TestDatabase.postgres().url() + "}");
      registry.add("spring.datasource.username", TestDatabase::user);
      registry.add("spring.datasource.password", TestDatabase::password);
      registry.add("camunda.bpm.database.type", () -> "postgres");
    }
  }

  /** Each test reads only the mail it caused. */
  @BeforeEach
  void emptyMailbox() throws Exception {
    greenMail.purgeEmailFromAllMailboxes();
  }

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort
  protected int port;

  protected URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  protected HttpResponse<String> postJson(String path, String json) {
    return post(path, json, "application/json");
  }

  protected HttpResponse<String> post(String path, String body, String contentType) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  protected HttpResponse<String> getAs(String user, String password, String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).GET());
  }

  protected HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  protected HttpResponse<String> postJsonAs(String user, String password, String path, String json) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  protected static HttpResponse<String> send(HttpRequest.Builder request) {
    return send(HTTP, request);
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
