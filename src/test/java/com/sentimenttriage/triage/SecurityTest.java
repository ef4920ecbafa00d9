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

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(getAs("supervisor", "wrong", "/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void aSupervisorMayListTasks() {
    var r = getAs("supervisor", "supervisor", "/engine-rest/task");
    assertThat(r.statusCode()).as(r.body() + r.headers().map()).isEqualTo(200);
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
}
