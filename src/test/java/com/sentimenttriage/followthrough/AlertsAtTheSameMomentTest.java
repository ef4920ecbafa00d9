package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TicketTriageProcess.Elements.CS_OWNER_ALERTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sentimenttriage.alerting.ChatWebhooks;
import com.sentimenttriage.support.AlertMails;
import com.sentimenttriage.support.AlertsGoingOut;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two alerts of one account open its CS follow-through at the same moment, on the real engine, job executor and
 * database (H2 here, PostgreSQL in that run), as under full load in the load benchmark, which logged a duplicate key
 * on {@code open_follow_through}: one follow-through between them, the other alert joined to it, one e-mail and one
 * chat post per alert, and no job failing on the way (a failed job is an error with a stack trace in the log, a
 * retry a minute later and, before the chat post waited for the commit, a second chat post), neither the alerts'
 * jobs on the key nor any job on the engine's optimistic lock while the follow-through prepares its task.
 */
class AlertsAtTheSameMomentTest extends IntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String OWNER = "owner.same.moment@cs.example";
  /** The alerted instance, from the owner's task link that every alert carries, in the chat post as in the mail. */
  private static final Pattern ALERT_LINK = Pattern.compile("/follow-through/([0-9a-f-]{36})");

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;
  @Autowired
  ChatWebhooks webhooks;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;

  private final Map<String, Integer> chatPosts = new ConcurrentHashMap<>();
  private HttpServer chat;
  private long account;

  @AfterEach
  void cleanUp() {
    if (chat != null) {
      chat.stop(0);
    }
    webhooks.remove(OWNER);
    jdbc.queryForList("select process_instance_id from cs_follow_through where account_id = ?", String.class, account)
        .stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 1)
        .forEach(id -> runtimeService.deleteProcessInstance(id, "test clean-up"));
    jdbc.update("delete from open_follow_through where account_id = ?", account);
  }

  @Test
  void twoAlertsOfOneAccountAtTheSameMomentShareOneFollowThroughAndAreEachSentOnce() throws Exception {
    account = AlertsGoingOut.accountOwnedBy(jdbc, OWNER);
    startChat();
    webhooks.configure(OWNER, "http://localhost:" + chat.getAddress().getPort() + "/hooks/owner");

    String first;
    String second;
    // The moment is made, not hoped for: a third transaction holds the account's open slot, uncommitted, while both
    // alerts' jobs run. Each finds no follow-through open and then waits on the slot's key; once both wait, the
    // holder gives up, and the two go on at the same instant, as two alerts committing at once do.
    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      try (PreparedStatement hold = holder.prepareStatement(
          "insert into open_follow_through (account_id, process_instance_id) values (?, 'held by the test')")) {
        hold.setLong(1, account);
        hold.executeUpdate();
      }
      first = AlertsGoingOut.start(runtimeService, "SAME-1", AlertsGoingOut.escalation(account, "SAME-1"));
      second = AlertsGoingOut.start(runtimeService, "SAME-2", AlertsGoingOut.escalation(account, "SAME-2"));
      await().atMost(PATIENCE).until(() -> waitingOn(holder) == 2);
      holder.rollback();
    }

    // A job that failed would retry a minute later: its retry is made due now (as an operator in Cockpit would), so
    // the test sees what the retry does instead of waiting.
    await().atMost(PATIENCE).until(() -> {
      retryFailedJobsNow(first);
      retryFailedJobsNow(second);
      return alerted(first) && alerted(second);
    });

    List<String> followThroughs = jdbc.queryForList(
        "select follow_through_instance_id from follow_through_alert where alert_process_instance_id in (?, ?)",
        String.class, first, second);
    assertThat(followThroughs).as("both alerts went to one follow-through").hasSize(2).containsOnly(
        followThroughs.get(0));
    String followThrough = followThroughs.get(0);
    // The follow-through prepares its task in a job of its own, which may run while the other alert joins: no job
    // of the follow-through may fail on that either.
    await().atMost(PATIENCE).until(() -> {
      retryFailedJobsNow(followThrough);
      return taskService.createTaskQuery().processInstanceId(followThrough).count() == 1;
    });
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CsFollowThroughProcess.KEY)
        .variableValueEquals(TriageVariables.ACCOUNT_ID.name(), account).count())
        .as("one follow-through started for the account").isEqualTo(1);
    assertThat(jdbc.queryForObject("select alert_count from cs_follow_through where process_instance_id = ?",
        Integer.class, followThrough)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select process_instance_id from open_follow_through where account_id = ?",
        String.class, account)).isEqualTo(followThrough);
    String joined = jdbc.queryForObject("select alert_process_instance_id from cs_follow_through "
        + "where process_instance_id = ?", String.class, followThrough).equals(first) ? second : first;
    assertThat((String) runtimeService.getVariable(followThrough, TriageVariables.ADDITIONAL_ALERTS.name()))
        .as("the owner's task lists the alert that joined")
        .contains("[" + TicketTriageProcess.businessKey("generic", joined.equals(first) ? "SAME-1" : "SAME-2") + "]");

    Map<String, Long> mails = AlertMails.perInstance(greenMail);
    assertThat(Map.of(first, mails.getOrDefault(first, 0L), second, mails.getOrDefault(second, 0L)))
        .as("e-mails per alert").isEqualTo(Map.of(first, 1L, second, 1L));
    assertThat(Map.of(first, chatPosts.getOrDefault(first, 0), second, chatPosts.getOrDefault(second, 0)))
        .as("chat posts per alert").isEqualTo(Map.of(first, 1, second, 1));
    for (String instance : List.of(first, second, followThrough)) {
      assertThat(failures(instance)).as("failed jobs of %s (alerts %s, %s; follow-through %s)", instance, first,
          second, followThrough).isEmpty();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
    }
  }

  private List<String> failures(String instance) {
    return historyService.createHistoricJobLogQuery().processInstanceId(instance).failureLog().list().stream()
        .map(log -> log.getProcessDefinitionKey() + "/" + log.getActivityId() + " job " + log.getJobId() + " "
            + log.getJobDefinitionConfiguration() + ": " + log.getJobExceptionMessage()).toList();
  }

  /** How many sessions wait for the holder's transaction, in the database's own words. */
  private static int waitingOn(Connection holder) throws SQLException {
    boolean postgres = holder.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    String self = postgres ? "select pg_backend_pid()" : "select session_id()";
    String waiting = postgres
        ? "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))"
        : "select count(*) from information_schema.sessions where blocker_id = ?";
    try (PreparedStatement who = holder.prepareStatement(self); ResultSet me = who.executeQuery()) {
      me.next();
      try (PreparedStatement count = holder.prepareStatement(waiting)) {
        count.setInt(1, me.getInt(1));
        try (ResultSet result = count.executeQuery()) {
          result.next();
          return result.getInt(1);
        }
      }
    }
  }

  /** Once per failure: a retry made due runs at once, and moving it again while it runs would fail it. */
  private void retryFailedJobsNow(String instance) {
    Date now = new Date();
    managementService.createJobQuery().processInstanceId(instance).withException().duedateHigherThan(now).list()
        .forEach(job -> {
          try {
            managementService.setJobDuedate(job.getId(), now);
          } catch (OptimisticLockingException jobExecutorFirst) {
            // The job executor took the job meanwhile; the next poll looks again.
          }
        });
  }

  private boolean alerted(String instance) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(CS_OWNER_ALERTED).finished().count() == 1;
  }

  private void startChat() throws Exception {
    chat = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    chat.createContext("/hooks/owner", exchange -> {
      Matcher link = ALERT_LINK.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      if (link.find()) {
        chatPosts.merge(link.group(1), 1, Integer::sum);
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    chat.start();
  }
}
