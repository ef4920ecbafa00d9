package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.ThrowawayUsers;
import com.sentimenttriage.support.WebSession;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in browser's changes need Spring Security's CSRF token, whatever else the request carries. Only a call
 * signed in by its own HTTP Basic credentials, checked in that request, goes without. The probe flags a ticket that
 * does not exist: 404 means the call got through to the app, and it changes nothing.
 */
class SessionCsrfTest extends IntegrationTest {

  private static final String FLAGS = "/api/feedback/flags";
  private static final String UNKNOWN_TICKET = "{\"businessKey\":\"generic:csrf-probe\",\"shouldEscalate\":true}";

  @Autowired
  private IdentityService identityService;

  private ThrowawayUsers users;
  private WebSession browser;

  @BeforeEach
  void newBrowser() {
    users = new ThrowawayUsers(identityService);
    browser = new WebSession(this::uri);
  }

  @AfterEach
  void removeUsers() {
    users.deleteAll();
  }

  @Test
  void aSessionWithSomeOtherAuthorizationHeaderStillNeedsTheToken() {
    assertThat(browser.signInToDashboard("supervisor", "supervisor").statusCode()).isEqualTo(302);

    assertThat(browser.postJson(FLAGS, UNKNOWN_TICKET, Map.of("Authorization", "Bearer junk")).statusCode())
        .as("no token, a bearer header").isEqualTo(403);
    assertThat(browser.postJson(FLAGS, UNKNOWN_TICKET, browser.csrfHeader("/dashboard")).statusCode())
        .as("the token").isEqualTo(404);
  }

  @Test
  void aWrongBasicPasswordOnTopOfASessionIsRefused() {
    String agent = users.create("agent", "agent-secret");
    assertThat(browser.signInToDashboard(agent, "agent-secret").statusCode()).isEqualTo(302);

    assertThat(browser.postJson(FLAGS, UNKNOWN_TICKET, Map.of("Authorization", basic(agent, "wrong"))).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aCallSignedInByItsOwnBasicCredentialsNeedsNoToken() {
    assertThat(postJsonAs("supervisor", "supervisor", FLAGS, UNKNOWN_TICKET).statusCode()).isEqualTo(404);

    browser.signInToDashboard("supervisor", "supervisor");
    assertThat(browser.postJson(FLAGS, UNKNOWN_TICKET, Map.of("Authorization", basic("admin", "admin")))
        .statusCode()).as("Basic credentials on top of a session").isEqualTo(404);
  }
}
