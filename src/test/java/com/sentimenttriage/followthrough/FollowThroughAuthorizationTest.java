package com.sentimenttriage.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: each CS owner sees only the follow-through tasks of their own accounts (Camunda authorizations), the CS
 * managers see all, checked through the engine REST API as Tasklist and any other client use it. Two follow-throughs
 * are handed over as the triage hands them over: Lakeside Apparel (owner Lena Fischer) and Lakeside Health (owner
 * Camille Durand), accounts no other test of the shared context uses.
 */
class FollowThroughAuthorizationTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LAKESIDE_APPAREL = 26;
  private static final long LAKESIDE_HEALTH = 29;

  @Autowired
  FollowThroughs followThroughs;
  @Autowired
  TaskService taskService;

  private String lenasTask;
  private String camillesTask;

  @BeforeEach
  void aFollowThroughForEachOwner() throws Exception {
    lenasTask = taskOf(handedOver(LAKESIDE_APPAREL, "Lakeside Apparel"), "lena");
    camillesTask = taskOf(handedOver(LAKESIDE_HEALTH, "Lakeside Health"), "camille");
  }

  @AfterEach
  void closeThemSoTheAccountsCanOpenAnother() {
    for (String task : List.of(lenasTask, camillesTask)) {
      if (task != null && taskService.createTaskQuery().taskId(task).count() == 1) {
        taskService.complete(task, Map.of("followThroughOutcome", "acknowledged"));
      }
    }
  }

  @Test
  void anOwnerDoesNotFindAnotherOwnersTaskInTheList() throws Exception {
    assertThat(ids(tasksAs("lena"))).contains(lenasTask).doesNotContain(camillesTask);
    assertThat(ids(tasksAs("camille"))).contains(camillesTask).doesNotContain(lenasTask);
    assertThat(ids(tasksAs("hiro"))).as("an owner of other accounts").doesNotContain(lenasTask, camillesTask);
  }

  @Test
  void anOwnerCannotReadAnotherOwnersTaskOrItsForm() {
    assertThat(getAs("lena", "lena", "/engine-rest/task/" + lenasTask).statusCode()).isEqualTo(200);
    assertThat(getAs("camille", "camille", "/engine-rest/task/" + lenasTask).statusCode()).isIn(403, 404);
    assertThat(getAs("camille", "camille", "/engine-rest/task/" + lenasTask + "/form-variables").statusCode())
        .isIn(403, 404);
    assertThat(getAs("camille", "camille", "/engine-rest/task/" + lenasTask + "/variables").statusCode())
        .isIn(403, 404);
  }

  @Test
  void anOwnerCannotCompleteAnotherOwnersTaskButTheirOwn() {
    assertThat(complete("camille", lenasTask, "resolved").statusCode()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(lenasTask).count()).as("still open").isOne();

    assertThat(complete("lena", lenasTask, "contacted").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(lenasTask).count()).isZero();
  }

  @Test
  void theCsManagerSeesEveryOwnersTask() throws Exception {
    assertThat(ids(tasksAs("manager"))).contains(lenasTask, camillesTask);
    assertThat(getAs("manager", "manager", "/engine-rest/task/" + lenasTask).statusCode()).isEqualTo(200);
    assertThat(getAs("manager", "manager", "/engine-rest/task/" + camillesTask).statusCode()).isEqualTo(200);
  }

  /** A confirmed alert for the account handed to its CS owner, through the bean the triage process calls. */
  private String handedOver(long accountId, String accountName) {
    String alert = "authz-test-" + UUID.randomUUID();
    FollowThroughs.HandOver handOver = new FollowThroughs.HandOver(alert, "authz-test:" + alert,
        FollowThroughKind.AT_RISK, accountId, accountName, "Sync keeps failing", "High", "Core workflow failure",
        120, null, Map.of("accountId", accountId, "accountName", accountName, "subject", "Sync keeps failing",
            "severity", "High", "topics", "Core workflow failure", "source", "generic", "ticketId", alert));
    return followThroughs.open(handOver).followThroughInstanceId();
  }

  /** The follow-through's task (its job executor prepares it), offered to {@code owner}. */
  private String taskOf(String followThroughInstanceId, String owner) {
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceId(followThroughInstanceId).singleResult(), found -> found != null);
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId)
        .contains(owner);
    return task.getId();
  }

  private HttpResponse<String> complete(String user, String taskId, String outcome) {
    return postJsonAs(user, user, "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"followThroughOutcome\": {\"value\": \"" + outcome + "\"}}}");
  }

  private List<JsonNode> tasksAs(String user) throws Exception {
    HttpResponse<String> response = getAs(user, user, "/engine-rest/task?processDefinitionKey="
        + CsFollowThroughProcess.KEY + "&maxResults=1000");
    assertThat(response.statusCode()).isEqualTo(200);
    return List.copyOf(JSON.readTree(response.body()).findParents("id"));
  }

  private static List<String> ids(List<JsonNode> tasks) {
    return tasks.stream().map(task -> task.get("id").asText()).toList();
  }
}
