package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.support.AlertMails;
import com.sentimenttriage.support.TestDatabase;
import com.sentimenttriage.support.Tickets;
import com.sentimenttriage.support.TriageNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one PostgreSQL database, as in production: webhooks alternate between the nodes,
 * one in ten is a helpdesk's repeated delivery, and many tickets of the same accounts arrive at once. Each distinct
 * ticket must get exactly one instance, each alert exactly one e-mail, and no job may stay locked. Runs in the
 * PostgreSQL run of {@code ./mvnw verify}; {@code -Dtriage.cluster.tickets=N} changes the load (default 2,000).
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TICKETS = Integer.getInteger("triage.cluster.tickets", 2_000);
  /** Tickets whose review waits for the SLA timers while both nodes run jobs. */
  private static final int TIMER_TICKETS = 20;
  /** Tickets whose review timers each node runs while the other node's job executor is paused. */
  private static final int ALONE_TICKETS = 2;
  /** The timers of a review (SLA, 2 x SLA) and the jobs they lead to (escalate, remind). */
  private static final List<String> TIMER_ACTIVITIES = List.of(TicketTriageProcess.Elements.REVIEW_OVERDUE,
      TicketTriageProcess.Elements.REVIEW_LONG_OVERDUE, TicketTriageProcess.Elements.ESCALATE_OVERDUE_REVIEW,
      TicketTriageProcess.Elements.REMIND_MANAGER);

  private static GreenMail mail;
  private static ConfigurableApplicationContext node1;
  private static ConfigurableApplicationContext node2;

  @BeforeAll
  static void startTwoNodes() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.usesPostgres(),
        "The two-node test runs in the PostgreSQL run of ./mvnw verify (-Dtriage.test.database=postgres)");
    TestDatabase.requireReachable();
    mail = TriageNode.greenMailOnFreePort();
    TestDatabase database = TestDatabase.fresh();
    // The second node starts when the first has created the schema, as docker-compose.yml does.
    node1 = node("node-1", database);
    node2 = node("node-2", database);
  }

  private static ConfigurableApplicationContext node(String name, TestDatabase database) {
    // The job log's hostname column then says which node ran a job.
    return TriageNode.named(name, mail).on(database).profiles("test")
        .property("camunda.bpm.generic-properties.properties.hostname", name).start();
  }

  @AfterAll
  static void stopNodes() {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {node2, node1}) {
      if (node != null) {
        node.close();
      }
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  @Order(1)
  void everyTicketStartsOnceAndEveryAlertIsMailedOnceAcrossTwoNodes() throws Exception {
    List<URI> nodes = List.of(TriageNode.genericWebhook(node1), TriageNode.genericWebhook(node2));
    List<String> deliveries = new ArrayList<>();
    for (int i = 0; i < TICKETS; i++) {
      // One delivery in ten repeats an earlier ticket, as a helpdesk that timed out would.
      int ticket = i % 10 == 9 ? i - 5 : i;
      deliveries.add(Tickets.loadMix("C-" + ticket, ticket));
    }
    Collections.shuffle(deliveries, new java.util.Random(7));

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, String> instanceByBusinessKey = new ConcurrentHashMap<>();
    List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < deliveries.size(); i++) {
        URI node = nodes.get(i % 2);
        String body = deliveries.get(i);
        sent.add(clients.submit(() -> {
          HttpResponse<String> response = http.send(HttpRequest.newBuilder(node)
              .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
          var answer = JSON.readTree(response.body());
          String instance = answer.get("processInstanceId").asText();
          String previous = instanceByBusinessKey.putIfAbsent(answer.get("businessKey").asText(), instance);
          if (previous != null && !previous.equals(instance)) {
            conflicts.add(answer.get("businessKey").asText() + ": " + previous + " and " + response.body());
          }
          return null;
        }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(conflicts).as("one instance per ticket, whichever node answered").isEmpty();
    RuntimeService runtime = node1.getBean(RuntimeService.class);
    HistoryService history = node1.getBean(HistoryService.class);
    ManagementService management = node1.getBean(ManagementService.class);
    JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
    long distinctTickets = deliveries.stream().distinct().count();

    await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(
        () -> management.createJobQuery().messages().count() == 0);

    assertThat(instanceByBusinessKey).hasSize((int) distinctTickets);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(TicketTriageProcess.KEY).count())
        .as("one instance per distinct ticket").isEqualTo(distinctTickets);
    assertThat(runtime.createIncidentQuery().count()).as("no incidents").isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Long.class))
        .as("no job stayed locked").isZero();

    long alerted = history.createHistoricActivityInstanceQuery()
        .activityId(TicketTriageProcess.Elements.ALERT_CS_OWNER).finished().count();
    assertThat(alerted).as("some tickets were alerts").isPositive();
    await().atMost(Duration.ofMinutes(1)).until(() -> AlertMails.perInstance(mail).size() >= alerted);
    Map<String, Long> mailsPerInstance = AlertMails.perInstance(mail);
    assertThat(mailsPerInstance.values()).as("no alert mailed twice").allMatch(count -> count == 1);
    assertThat((long) mailsPerInstance.size()).as("every alert mailed").isEqualTo(alerted);
    Set<String> alertedInstances = jdbc.queryForList(
        "select process_instance_id from cs_alert where channel = ?", String.class, SentAlerts.EMAIL).stream()
        .collect(Collectors.toSet());
    assertThat(alertedInstances).isEqualTo(mailsPerInstance.keySet());
  }

  /**
   * The review timers of an ASSISTIVE queue fire on whichever node acquires them first, and only there: each timer
   * job has exactly one successful execution in the job log, the follow-up jobs (escalate to managers, remind the
   * manager) run once each, and no job stays locked. A process admin shortens the review SLA to seconds by
   * redeploying the escalation gate (as docs/gating.md describes), and puts the churn queue back to ASSISTIVE.
   *
   * <p>Both nodes run timers, and that is asserted, not left to chance: which node acquires a due timer depends on
   * the two acquisition threads' timing, so on a busy two-core machine one node may take all of them. First each node
   * runs the timers of a few reviews on its own while the other node's job executor is paused (the tickets arrive
   * through both nodes, so each node also runs timers of tickets the other one accepted); then both run at once.
   */
  @Test
  @Order(2)
  void reviewTimersFireExactlyOnceOnOneOfTheTwoNodesAndBothNodesRunThem() throws Exception {
    node1.getBean(RepositoryService.class).createDeployment().name("review SLA in seconds")
        .addString("escalation-gate.dmn", withReviewSla(TicketTriageProcess.GATE_RESOURCE, "PT4S"))
        .deploy();
    HttpResponse<String> stageChange = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            TriageNode.genericWebhook(node2).resolve("/api/rollout/queues/churn/stage"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"stage\": \"ASSISTIVE\", \"reason\": \"two-node timer test\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(stageChange.statusCode()).as(stageChange.body()).isEqualTo(200);

    // Paying accounts the load test did not alert (its cooldowns would attach these tickets to its alerts).
    List<String> accounts = Tickets.payingAccountDomains().stream().filter(d -> !Tickets.LOAD_DOMAINS.contains(d))
        .limit(TIMER_TICKETS + 2L * ALONE_TICKETS).toList();
    List<String> aloneOnNode1 = reviewsWithOnlyOneNodeRunningJobs(node1, node2,
        accounts.subList(0, ALONE_TICKETS), "SLA-N1-");
    List<String> aloneOnNode2 = reviewsWithOnlyOneNodeRunningJobs(node2, node1,
        accounts.subList(ALONE_TICKETS, 2 * ALONE_TICKETS), "SLA-N2-");
    List<String> together = startReviews(accounts.subList(2 * ALONE_TICKETS, accounts.size()), "SLA-");
    awaitTimersAndFollowUpsRan(together);

    List<String> instances = new ArrayList<>(aloneOnNode1);
    instances.addAll(aloneOnNode2);
    instances.addAll(together);
    JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
    List<Map<String, Object>> runs = jdbc.queryForList(successfulRuns(instances));
    Map<Object, Long> runsPerJob = runs.stream().collect(Collectors.groupingBy(r -> r.get("job_id_"),
        Collectors.counting()));
    assertThat(runsPerJob.values()).as("every timer and follow-up job ran exactly once").allMatch(n -> n == 1);
    assertThat(runs.stream().collect(Collectors.groupingBy(r -> r.get("act_id_"), Collectors.counting())))
        .as("one of each per review").allSatisfy((activity, n) -> assertThat(n).isEqualTo((long) instances.size()));
    assertThat(node1.getBean(TaskService.class).createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
        .taskDefinitionKey(TicketTriageProcess.Elements.REVIEW_ESCALATION).count())
        .as("the reviews still wait for a supervisor").isEqualTo(instances.size());
    assertThat(jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Long.class))
        .as("no job stayed locked").isZero();

    assertThat(timersPerNode(jdbc, aloneOnNode1)).as("node-2 paused: node-1 ran every timer")
        .containsOnlyKeys("node-1");
    assertThat(timersPerNode(jdbc, aloneOnNode2)).as("node-1 paused: node-2 ran every timer")
        .containsOnlyKeys("node-2");
    Map<Object, Long> timersPerNode = timersPerNode(jdbc, instances);
    assertThat(timersPerNode).as("both nodes ran review timers").containsOnlyKeys("node-1", "node-2")
        .allSatisfy((node, timers) -> assertThat(timers).isPositive());
    long failedRuns = jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1 and"
        + ofThese(instances), Long.class);
    System.out.printf("Review timers on two nodes: %d reviews, %d timer jobs and %d follow-up jobs, each run once; "
        + "timers per node %s (both running: %s); %d failed attempts (retried)%n", instances.size(),
        2 * instances.size(), 2 * instances.size(), timersPerNode, timersPerNode(jdbc, together), failedRuns);
  }

  /**
   * Starts reviews while {@code paused}'s job executor does not acquire jobs, and waits until {@code running} has
   * run their timers and follow-up jobs. The job executor is the engine's internal one: no public API pauses the
   * acquisition of one node, and stopping a node would end the test's cluster.
   */
  private static List<String> reviewsWithOnlyOneNodeRunningJobs(ConfigurableApplicationContext running,
      ConfigurableApplicationContext paused, List<String> accounts, String ticketPrefix) throws Exception {
    JobExecutor pausedJobs = paused.getBean(JobExecutor.class);
    // Restarted afterwards only if it ran before: the test leaves a node's job executor as it found it.
    boolean wasRunning = pausedJobs.isActive();
    pausedJobs.shutdown();
    try {
      List<String> instances = startReviews(accounts, ticketPrefix);
      awaitTimersAndFollowUpsRan(instances);
      return instances;
    } finally {
      if (wasRunning) {
        pausedJobs.start();
      }
    }
  }

  /** Churn threats of the accounts, through the two nodes in turn: each one waits for a review. */
  private static List<String> startReviews(List<String> accounts, String ticketPrefix) throws Exception {
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      ConfigurableApplicationContext node = i % 2 == 0 ? node1 : node2;
      HttpResponse<String> answer = Tickets.post(TriageNode.genericWebhook(node),
          Tickets.json(ticketPrefix + i, Tickets.CHURN_THREAT, accounts.get(i), "email"));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
      instances.add(JSON.readTree(answer.body()).get("processInstanceId").asText());
    }
    return instances;
  }

  /** Both timers (SLA, 2 x SLA) and the jobs they lead to (escalate, remind) have run for every review. */
  private static void awaitTimersAndFollowUpsRan(List<String> instances) {
    JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
    await("timers and follow-up jobs of " + instances.size() + " reviews run").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1)).until(() ->
        jdbc.queryForObject("select count(distinct job_id_) from (" + successfulRuns(instances) + ") runs",
            Long.class) == (long) TIMER_ACTIVITIES.size() * instances.size()
            && jdbc.queryForObject("select count(*) from act_ru_job where" + ofThese(instances), Long.class) == 0);
  }

  /** The job log's successful runs of the timers and their follow-up jobs in these instances. */
  private static String successfulRuns(List<String> instances) {
    return "select act_id_, job_id_, hostname_ from act_hi_job_log where job_state_ = 2 and act_id_ in ("
        + TIMER_ACTIVITIES.stream().map(a -> "'" + a + "'").collect(Collectors.joining(",")) + ") and"
        + ofThese(instances);
  }

  private static String ofThese(List<String> instances) {
    return " process_instance_id_ in (" + instances.stream().map(id -> "'" + id + "'")
        .collect(Collectors.joining(",")) + ")";
  }

  /** Successful timer runs (review overdue, long overdue) per node, by the job log's hostname. */
  private static Map<Object, Long> timersPerNode(JdbcTemplate jdbc, List<String> instances) {
    return jdbc.queryForList(successfulRuns(instances)).stream()
        .filter(r -> r.get("act_id_").equals(TicketTriageProcess.Elements.REVIEW_OVERDUE)
            || r.get("act_id_").equals(TicketTriageProcess.Elements.REVIEW_LONG_OVERDUE))
        .collect(Collectors.groupingBy(r -> r.get("hostname_"), Collectors.counting()));
  }

  /** A decision table from the deployed resources with every review SLA replaced by {@code sla}. */
  private static String withReviewSla(String resource, String sla) throws Exception {
    try (var in = TwoNodeClusterTest.class.getClassLoader().getResourceAsStream(resource)) {
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Quoted durations in rules and output values; not attributes such as historyTimeToLive="P180D".
      String shortened = table.replaceAll("(?<!=)\"(PT\\d+H|P\\d+D)\"", "\"" + sla + "\"");
      assertThat(shortened).as(resource).isNotEqualTo(table);
      return shortened;
    }
  }
}
