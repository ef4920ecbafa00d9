package com.sentimenttriage.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.accounts.AccountResource;
import com.sentimenttriage.accounts.AccountStore;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.WebSession;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The alert of a confirmed escalation goes to the account's CS owner and nobody else, whatever a supervisor sends:
 * a completion writes only what the review form offers, on every route that completes a task (engine REST, the
 * webapps' API), a decision outside the form's options is refused before it can become an incident, and
 * supervisors cannot write variables beside the completion. Each test has an account of its own (its own owner,
 * no cooldown shared with other tests).
 */
class ReviewCompletionContractTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ATTACKER = "mallory@evil.example";
  private static final String CONFIRM = "{\"variables\": {\"reviewDecision\": {\"value\": \"confirm\"}}}";

  @Autowired
  AccountStore accounts;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;

  private String owner;
  private String manager;
  private String accountName;
  private String instanceId;
  private String taskId;

  /** A paying account with a renewal ahead and a churn threat from it: the gate asks a supervisor to review. */
  @BeforeEach
  void aReviewOfAnAccountOfItsOwn() throws Exception {
    long id = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    String domain = "contract-" + id + ".example";
    owner = "owner-" + id + "@cs.sentiment-triage.example";
    manager = "manager-" + id + "@cs.sentiment-triage.example";
    accountName = "Contract Test " + id;
    accounts.create(new AccountResource(id, accountName, "Enterprise", new BigDecimal("6900"),
        new BigDecimal("331200"), LocalDate.now().plusDays(300), 88, "Olivia Owner", owner, "Max Manager", manager,
        List.of(domain), List.of()));
    HttpResponse<String> accepted = postJson("/api/webhooks/generic", """
        {"ticketId": "CONTRACT-%d", "subject": "Export broken again",
         "body": "I have asked three times and still no answer. This is unacceptable: the export has been broken since the update and we are reconsidering our renewal.",
         "requesterEmail": "ops@%s", "channel": "email"}""".formatted(id, domain));
    assertThat(accepted.statusCode()).isEqualTo(202);
    instanceId = JSON.readTree(accepted.body()).get("processInstanceId").asText();
    taskId = await().atMost(Duration.ofSeconds(30)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult(), t -> t != null).getId();
  }

  @Test
  void aCompletionThatNamesARecipientIsRefusedOnEveryRouteAndTheAlertGoesToTheAccountsOwner() throws Exception {
    String redirect = """
        {"variables": {"reviewDecision": {"value": "confirm"}, "csOwnerEmail": {"value": "%s"}}}""".formatted(ATTACKER);
    for (String route : List.of("/engine-rest/task/%s/complete", "/engine-rest/task/%s/submit-form",
        "/engine-rest/task/%s/resolve", "/engine-rest/engine/default/task/%s/complete")) {
      HttpResponse<String> refused = postJsonAs("supervisor", "supervisor", route.formatted(taskId), redirect);
      assertThat(refused.statusCode()).as(route).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(JSON.readTree(refused.body()).get("detail").asText()).as(route)
          .contains("csOwnerEmail is not a field of the form review-escalation");
    }
    for (String thrown : List.of("bpmnError", "bpmnEscalation")) {
      assertThat(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/" + thrown, """
          {"errorCode": "x", "escalationCode": "x", "variables": {"csOwnerEmail": {"value": "%s"}}}"""
          .formatted(ATTACKER)).statusCode()).as(thrown).isEqualTo(400);
    }
    assertNothingChanged();

    assertThat(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/complete", CONFIRM)
        .statusCode()).isEqualTo(204);
    assertTheAlertReachesTheOwnerOnly();
  }

  @Test
  void supervisorsCannotWriteVariablesBesideTheCompletionAndAVariableNamedLikeTheOwnerIsIgnored() throws Exception {
    String attacker = "{\"value\": \"" + ATTACKER + "\", \"type\": \"String\"}";
    assertThat(putJsonAs("supervisor", "/engine-rest/task/" + taskId + "/variables/csOwnerEmail", attacker)
        .statusCode()).isEqualTo(403);
    assertThat(putJsonAs("supervisor", "/engine-rest/task/" + taskId + "/localVariables/csOwnerEmail", attacker)
        .statusCode()).isEqualTo(403);
    assertThat(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/variables",
        "{\"modifications\": {\"csOwnerEmail\": " + attacker + "}}").statusCode()).isEqualTo(403);
    assertThat(putJsonAs("supervisor", "/engine-rest/process-instance/" + instanceId + "/variables/csOwnerEmail",
        attacker).statusCode()).isIn(403, 404);
    assertThat(putJsonAs("manager", "/engine-rest/task/" + taskId + "/variables/csOwnerEmail", attacker)
        .statusCode()).isIn(403, 404);
    WebSession tasklist = signedInTasklistWithTheTaskOpen();
    HttpResponse<String> webappWrite = tasklist.sendJson("PUT",
        "/camunda/api/engine/engine/default/task/" + taskId + "/variables/csOwnerEmail", attacker);
    assertThat(webappWrite.statusCode()).isEqualTo(403);
    assertThat(webappWrite.body()).as("the engine refuses, not the CSRF filter").contains("AuthorizationException");
    assertNothingChanged();

    // An admin may still write variables through the engine's API, as Camunda intends; even a variable of that name
    // does not decide where the alert goes.
    runtimeService.setVariable(instanceId, "csOwnerEmail", ATTACKER);
    assertThat(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/complete", CONFIRM)
        .statusCode()).isEqualTo(204);
    assertTheAlertReachesTheOwnerOnly();
  }

  @Test
  void aDecisionTheFormDoesNotOfferIsRefusedAndNeverBecomesAnIncident() throws Exception {
    for (String variables : List.of("{\"reviewDecision\": {\"value\": \"bogus\"}}",
        "{\"reviewDecision\": {\"value\": 1, \"type\": \"Integer\"}}",
        "{\"reviewDecision\": {\"value\": \"confirm\", \"type\": \"Json\"}}",
        "{\"reviewDecision\": {\"value\": \"reclassify\"}, \"reclassifiedLabel\": {\"value\": \"Furious\"}}",
        "{\"reviewComment\": {\"value\": \"no decision\"}}")) {
      HttpResponse<String> refused = postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId
          + "/complete", "{\"variables\": " + variables + "}");
      assertThat(refused.statusCode()).as(variables).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
    }
    assertThat(JSON.readTree(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"reviewDecision\": {\"value\": \"bogus\"}}}").body()).get("detail").asText())
        .contains("reviewDecision must be one of confirm, dismiss, reclassify");
    // The engine holds every other caller to the same decisions: the completion is rolled back.
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("reviewDecision", "bogus")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reviewDecision must be one of");
    assertNothingChanged();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).count()).isZero();

    assertThat(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"reviewDecision\": {\"value\": \"dismiss\"}}}").statusCode()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(instanceId).count() == 0);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void tasklistsRouteIsHeldToTheSameForm() throws Exception {
    WebSession tasklist = signedInTasklistWithTheTaskOpen();
    String submit = "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form";

    HttpResponse<String> redirected = tasklist.sendJson("POST", submit, """
        {"variables": {"reviewDecision": {"value": "confirm"}, "csOwnerEmail": {"value": "%s"}}}""".formatted(ATTACKER));
    assertThat(redirected.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(redirected.body()).get("detail").asText()).contains("csOwnerEmail");
    HttpResponse<String> bogus = tasklist.sendJson("POST", submit,
        "{\"variables\": {\"reviewDecision\": {\"value\": \"bogus\"}}}");
    assertThat(bogus.statusCode()).isEqualTo(400);
    assertNothingChanged();

    // What Tasklist's Camunda Form sends: the fields that are not disabled, hidden ones empty.
    HttpResponse<String> confirmed = tasklist.sendJson("POST", submit, """
        {"variables": {"recommendedAction": {"value": "Call them today."}, "reviewDecision": {"value": "confirm"},
                       "reclassifiedLabel": {"value": null}, "reclassifiedTopic": {"value": null},
                       "reviewComment": {"value": "Confirmed, a real risk."}}}""");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
    assertTheAlertReachesTheOwnerOnly();
  }

  /** The supervisor signed in to Tasklist, which has loaded the task (and so handed out its CSRF token). */
  private WebSession signedInTasklistWithTheTaskOpen() {
    WebSession tasklist = new WebSession(this::uri);
    assertThat(tasklist.signInToTasklist("supervisor", "supervisor").statusCode()).isEqualTo(200);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + taskId).statusCode()).isEqualTo(200);
    return tasklist;
  }

  private void assertNothingChanged() {
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the review is still open").isEqualTo(1);
    assertThat(runtimeService.getVariable(instanceId, "reviewDecision")).isNull();
    assertThat(taskService.getVariableLocal(taskId, "reviewDecision")).isNull();
    assertThat(runtimeService.getVariable(instanceId, "csOwnerEmail")).isNull();
  }

  private void assertTheAlertReachesTheOwnerOnly() throws Exception {
    MimeMessage alert = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(
        greenMail.getReceivedMessages()).filter(m -> subjectOf(m).contains(accountName)).findFirst().orElse(null),
        m -> m != null);
    assertThat(addresses(alert.getRecipients(RecipientType.TO))).containsExactly(owner);
    Set<String> everyone = new TreeSet<>();
    for (MimeMessage received : greenMail.getReceivedMessages()) {
      if (subjectOf(received).contains(accountName)) {
        everyone.addAll(addresses(received.getAllRecipients()));
      }
    }
    assertThat(everyone).isSubsetOf(owner, manager).contains(owner);
    assertThat(greenMail.getReceivedMessagesForDomain("evil.example")).isEmpty();
  }

  private HttpResponse<String> putJsonAs(String user, String path, String json) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private static List<String> addresses(Address[] addresses) {
    return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
