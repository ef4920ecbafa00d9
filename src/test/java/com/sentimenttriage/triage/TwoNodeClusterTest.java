package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.sentimenttriage.alerting.MailParts;
import com.sentimenttriage.alerting.SentAlerts;
import com.sentimenttriage.support.DemoTickets;
import com.sentimenttriage.support.TestDatabase;
import com.sentimenttriage.support.TriageNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one PostgreSQL database, as in production: webhooks alternate between the nodes,
 * one in ten is a helpdesk's repeated delivery, and many tickets of the same accounts arrive at once. Each distinct
 * ticket must get exactly one instance, each alert exactly one e-mail, and no job may stay locked. Runs in the
 * PostgreSQL run of {@code ./mvnw verify}; {@code -Dtriage.cluster.tickets=N} changes the load (default 2,000).
 */
@Tag("cluster")
class TwoNodeClusterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TICKETS = Integer.getInteger("triage.cluster.tickets", 2_000);

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
    node1 = TriageNode.named("node-1", mail).on(database).profiles("test").start();
    node2 = TriageNode.named("node-2", mail).on(database).profiles("test").start();
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
  void everyTicketStartsOnceAndEveryAlertIsMailedOnceAcrossTwoNodes() throws Exception {
    List<URI> nodes = List.of(TriageNode.genericWebhook(node1), TriageNode.genericWebhook(node2));
    List<String> deliveries = new ArrayList<>();
    for (int i = 0; i < TICKETS; i++) {
      // One delivery in ten repeats an earlier ticket, as a helpdesk that timed out would.
      int ticket = i % 10 == 9 ? i - 5 : i;
      deliveries.add(DemoTickets.json("C-" + ticket, ticket));
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
    await().atMost(Duration.ofMinutes(1)).until(() -> mailsPerInstance().size() >= alerted);
    Map<String, Long> mailsPerInstance = mailsPerInstance();
    assertThat(mailsPerInstance.values()).as("no alert mailed twice").allMatch(count -> count == 1);
    assertThat((long) mailsPerInstance.size()).as("every alert mailed").isEqualTo(alerted);
    Set<String> alertedInstances = jdbc.queryForList(
        "select process_instance_id from cs_alert where channel = ?", String.class, SentAlerts.EMAIL).stream()
        .collect(Collectors.toSet());
    assertThat(alertedInstances).isEqualTo(mailsPerInstance.keySet());
  }

  /**
   * Distinct e-mails (by Message-ID) per alerted instance, found by the Cockpit link in the alert. GreenMail keeps
   * one copy per recipient, so a Critical alert copied to the CS manager arrives twice with one Message-ID.
   */
  private static Map<String, Long> mailsPerInstance() throws Exception {
    Pattern cockpitLink = Pattern.compile("process-instance/([0-9a-f-]{36})");
    Map<String, Set<String>> messageIds = new HashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      Matcher link = cockpitLink.matcher(MailParts.part(message, "text/plain"));
      if (link.find()) {
        messageIds.computeIfAbsent(link.group(1), id -> new java.util.HashSet<>()).add(message.getMessageID());
      }
    }
    Map<String, Long> counts = new HashMap<>();
    messageIds.forEach((instance, ids) -> counts.put(instance, (long) ids.size()));
    return counts;
  }
}
