package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.WebSession;
import java.util.Map;
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

  /** Camunda's CSRF filter guards the webapps' login and every change a signed-in session makes there. */
  @Test
  void theWebappsKeepTheirCsrfProtection() {
    String login = "/camunda/api/admin/auth/user/default/login/tasklist";
    String form = "username=admin&password=admin";
    assertThat(post(login, form, "application/x-www-form-urlencoded").statusCode()).isEqualTo(403);

    WebSession browser = new WebSession(this::uri);
    assertThat(browser.signInToTasklist("admin", "admin").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    // Camunda's answer to a missing token: 403, and the session is ended.
    assertThat(browser.postForm("/camunda/api/admin/auth/user/default/logout", Map.of(), Map.of()).statusCode())
        .as("a sign-out without Camunda's token").isEqualTo(403);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
  }

  @Test
  void theH2ConsoleIsOff() {
    assertThat(getAs("admin", "admin", "/h2-console").statusCode()).isEqualTo(404);
  }
}
