package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's pages forbid inline and foreign scripts (Content-Security-Policy), no response tells other sites which
 * page a link came from (Referrer-Policy), and the session cookie stays home on cross-site posts (SameSite).
 * Camunda's webapps keep their own policy.
 */
class SecurityHeadersTest extends IntegrationTest {

  private static final String CSP = "Content-Security-Policy";

  private WebSession browser;

  @BeforeEach
  void newBrowser() {
    browser = new WebSession(this::uri);
  }

  @Test
  void theAppsOwnPagesForbidInlineAndForeignScripts() {
    assertOwnPolicy(browser.open("/login"));
    browser.signInToDashboard("supervisor", "supervisor");
    assertOwnPolicy(browser.open("/dashboard"));
    assertOwnPolicy(browser.open("/rollout"));
    assertOwnPolicy(browser.open("/dashboard-assets/dashboard.js"));
  }

  @Test
  void theWebappsKeepTheirOwnPolicyAlone() {
    browser.signInToDashboard("supervisor", "supervisor");
    HttpResponse<String> tasklist = browser.open("/camunda/app/tasklist/default/");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    List<String> policies = tasklist.headers().allValues(CSP);
    assertThat(policies).as("Camunda's policy only").hasSize(1);
    assertThat(policies.get(0)).contains("'unsafe-eval'", "'nonce-");
  }

  @Test
  void noResponseGivesAwayWhereALinkCameFrom() {
    List<HttpResponse<String>> responses = List.of(browser.open("/login"), get("/engine-rest/task"),
        get("/camunda/api/engine/engine/"), browser.open("/camunda/app/tasklist/default/"),
        postJson("/api/webhooks/generic", "{}"), get("/actuator/health"), get("/api/anything"));

    assertThat(responses).allSatisfy(response -> assertThat(response.headers().firstValue("Referrer-Policy"))
        .as(response.uri().getPath()).hasValue("same-origin"));
  }

  @Test
  void theSessionCookieIsSentWithTopLevelLinksOnly() {
    assertThat(sessionCookie(browser.open("/login"))).contains("SameSite=Lax");
    assertThat(sessionCookie(browser.signInToDashboard("supervisor", "supervisor"))).contains("SameSite=Lax");

    WebSession tasklist = new WebSession(this::uri);
    assertThat(sessionCookie(tasklist.signInToTasklist("supervisor", "supervisor")))
        .as("Camunda's login, whose own filter marks the cookie too").containsOnlyOnce("SameSite");
  }

  private static void assertOwnPolicy(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(200);
    List<String> policies = response.headers().allValues(CSP);
    assertThat(policies).as(response.uri().getPath()).hasSize(1);
    assertThat(policies.get(0)).as(response.uri().getPath())
        .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
            "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst().orElseThrow(() -> new AssertionError(response.uri() + " sets no session cookie"));
  }
}
