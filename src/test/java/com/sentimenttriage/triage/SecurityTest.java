package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The engine's REST API and the webapps' API refuse anonymous callers; the engine's authorizations apply. */
class SecurityTest extends IntegrationTest {

  @Test
  void anonymousCallsToTheEngineRestApiAreRefused() {
    assertThat(get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    assertThat(post("/engine-rest/process-definition/key/ticket-triage/start", "{}", "application/json")
        .statusCode()).isEqualTo(401);
  }

  /**
   * Wrong passwords are tried with a user no other test signs in as: Camunda's brute-force protection then blocks
   * that user for a few seconds, even with the right password.
   */
  @Test
  void aWrongPasswordIsRefused() {
    assertThat(getAs("manager", "wrong", "/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(getAs("manager", "wrong", "/api/anything").statusCode()).isEqualTo(401);
  }

  @Test
  void aSupervisorMayListTasks() {
    assertThat(getAs("supervisor", "supervisor", "/engine-rest/task").statusCode()).isEqualTo(200);
  }

  @Test
  void anonymousCallsToTheTasklistApiAreRefused() {
    int status = get("/camunda/api/engine/engine/default/task/count").statusCode();
    assertThat(status).isIn(401, 403);
  }

  @Test
  void onlyAdminsSeeDeployments() {
    assertThat(getAs("supervisor", "supervisor", "/engine-rest/deployment").body()).isEqualTo("[]");
    assertThat(getAs("admin", "admin", "/engine-rest/deployment").body()).contains("\"id\"");
  }

  @Test
  void healthIsPublicButTheRestOfActuatorIsForAdmins() {
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").body()).contains("\"UP\"");
    assertThat(get("/actuator/info").statusCode()).isEqualTo(401);
    assertThat(getAs("supervisor", "supervisor", "/actuator/info").statusCode()).isEqualTo(403);
  }

  @Test
  void theAppsOwnApiNeedsASignedInUser() {
    assertThat(get("/api/anything").statusCode()).isEqualTo(401);
  }

  @Test
  void theWebhookNeedsNoCamundaLogin() {
    assertThat(postJson("/api/webhooks/generic", "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void theWebappsKeepTheirCsrfProtection() {
    String login = "/camunda/api/admin/auth/user/default/login/tasklist";
    String form = "username=admin&password=admin";
    assertThat(post(login, form, "application/x-www-form-urlencoded").statusCode()).isEqualTo(403);

    var cookies = new java.net.CookieManager();
    var browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    try {
      browser.send(java.net.http.HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      String token = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
      var response = browser.send(java.net.http.HttpRequest.newBuilder(uri(login))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theH2ConsoleIsOff() {
    assertThat(getAs("admin", "admin", "/h2-console").statusCode()).isEqualTo(404);
  }
}
