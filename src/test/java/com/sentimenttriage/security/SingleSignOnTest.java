package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.WebSession;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A supervisor works in the dashboard and in Tasklist in one browser, so with one session: signing in to either
 * signs in to both, neither sign-in throws the other out, and signing out of either signs out of both. Camunda's
 * users, groups and authorizations still decide who gets in and what they see. Real HTTP, cookies kept as a browser
 * keeps them.
 */
class SingleSignOnTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DASHBOARD_DATA = "/api/metrics/summary";
  private static final String TASKLIST_DATA = "/camunda/api/engine/engine/default/task/count";
  private static final String TASKLIST_USER = "/camunda/api/admin/auth/user/default";

  private WebSession browser;

  @BeforeEach
  void newBrowser() {
    browser = new WebSession(this::uri);
  }

  @Test
  void signingInToTasklistKeepsTheDashboardSignedIn() {
    assertThat(browser.signInToDashboard("supervisor", "supervisor").statusCode()).isEqualTo(302);
    assertThat(browser.get(DASHBOARD_DATA).statusCode()).isEqualTo(200);

    assertThat(browser.signInToTasklist("supervisor", "supervisor").statusCode()).isEqualTo(200);

    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(200);
    assertThat(browser.get(DASHBOARD_DATA).statusCode()).as("the dashboard after the Tasklist login").isEqualTo(200);
  }

  @Test
  void theDashboardSignInOpensTasklistWithoutASecondLogin() throws Exception {
    browser.signInToDashboard("supervisor", "supervisor");
    assertThat(browser.get(DASHBOARD_DATA).statusCode()).isEqualTo(200);

    assertThat(browser.open("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    JsonNode user = JSON.readTree(browser.get(TASKLIST_USER).body());
    assertThat(user.get("userId").asText()).isEqualTo("supervisor");
    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(200);

    assertThat(browser.get(DASHBOARD_DATA).statusCode()).as("the dashboard after Tasklist").isEqualTo(200);
  }

  @Test
  void theTasklistSignInOpensTheDashboardWithoutASecondLogin() {
    assertThat(browser.signInToTasklist("supervisor", "supervisor").statusCode()).isEqualTo(200);
    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(200);

    assertThat(browser.get(DASHBOARD_DATA).statusCode()).isEqualTo(200);
    assertThat(browser.open("/dashboard").statusCode()).isEqualTo(200);
    assertThat(browser.get(TASKLIST_DATA).statusCode()).as("Tasklist after the dashboard").isEqualTo(200);
  }

  @Test
  void aPersonWhoIsNotSignedInIsSentToTheLoginPageAndThenBackToTasklist() {
    HttpResponse<String> tasklist = browser.open("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login"));
    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(401);

    URI back = URI.create(browser.signInToDashboard("supervisor", "supervisor").headers().firstValue("Location")
        .orElseThrow());
    assertThat(back.getPath()).isEqualTo("/camunda/app/tasklist/default/");
    assertThat(browser.open(back.getRawPath() + "?" + back.getRawQuery()).statusCode()).isEqualTo(200);
    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(200);
  }

  /** The webapps' files, and Camunda's first-admin setup, which Camunda itself allows only while there is none. */
  @Test
  void whatTheWebappsShowBeforeASignInStaysOpen() {
    assertThat(browser.open("/camunda/app/tasklist/camunda-tasklist-bootstrap.js").statusCode()).isEqualTo(200);
    assertThat(browser.open("/camunda/lib/deps.js").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js").statusCode())
        .isEqualTo(200);
    HttpResponse<String> setup = browser.open("/camunda/app/admin/default/setup/");
    assertThat(setup.headers().firstValue("Location")).as("Camunda's answer: an admin exists")
        .hasValueSatisfying(location -> assertThat(location).endsWith("/camunda/app/admin/default/"));
  }

  @Test
  void aTasklistLoginCamundaRefusesSignsInToNothing() {
    assertThat(browser.signInToTasklist("intruder", "intruder").statusCode()).isEqualTo(401);
    assertThat(browser.get(DASHBOARD_DATA).statusCode()).isEqualTo(401);
    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(401);
  }

  @Test
  void signingOutOfTasklistSignsOutOfTheDashboard() {
    browser.signInToDashboard("supervisor", "supervisor");
    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(200);

    assertThat(browser.signOutOfTasklist().statusCode()).isEqualTo(200);

    assertThat(browser.get(DASHBOARD_DATA).statusCode()).isEqualTo(401);
    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(401);
  }

  @Test
  void signingOutOfTheDashboardSignsOutOfTasklist() {
    browser.signInToTasklist("supervisor", "supervisor");
    assertThat(browser.get(DASHBOARD_DATA).statusCode()).isEqualTo(200);

    assertThat(browser.signOutOfDashboard().statusCode()).isEqualTo(302);
    assertThat(browser.open("/camunda/app/tasklist/default/").statusCode()).as("back to the login page").isEqualTo(302);

    assertThat(browser.get(TASKLIST_DATA).statusCode()).isEqualTo(401);
    assertThat(browser.get(DASHBOARD_DATA).statusCode()).isEqualTo(401);
  }

  @Test
  void camundasAuthorizationsDecideWhatTheSignedInPersonSees() throws Exception {
    browser.signInToDashboard("supervisor", "supervisor");
    JsonNode supervisor = JSON.readTree(browser.get(TASKLIST_USER).body());
    assertThat(supervisor.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit", "admin");
    assertThat(browser.get("/camunda/api/engine/engine/default/deployment").body()).isEqualTo("[]");

    WebSession admin = new WebSession(this::uri);
    admin.signInToDashboard("admin", "admin");
    admin.open("/camunda/app/cockpit/default/");
    assertThat(JSON.readTree(admin.get(TASKLIST_USER).body()).get("authorizedApps").toString())
        .contains("tasklist", "cockpit", "admin");
    assertThat(admin.get("/camunda/api/engine/engine/default/deployment").body()).contains("\"id\"");
  }

  @Test
  void aNewSignInChangesWhoTasklistActsFor() throws Exception {
    browser.signInToDashboard("supervisor", "supervisor");
    browser.open("/camunda/app/tasklist/default/");
    assertThat(JSON.readTree(browser.get(TASKLIST_USER).body()).get("userId").asText()).isEqualTo("supervisor");

    browser.signInToDashboard("admin", "admin");

    browser.open("/camunda/app/tasklist/default/");
    assertThat(JSON.readTree(browser.get(TASKLIST_USER).body()).get("userId").asText()).isEqualTo("admin");
    assertThat(browser.get("/camunda/api/engine/engine/default/deployment").body()).contains("\"id\"");
  }
}
