package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.support.AlertMails;
import com.sentimenttriage.support.TcpProxy;
import com.sentimenttriage.support.TestDatabase;
import com.sentimenttriage.support.TriageNode;
import com.sentimenttriage.support.Tickets;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outages a node lives through, on a real PostgreSQL (reached through a {@link TcpProxy} the test can cut),
 * a real SMTP server (GreenMail, stopped and started on the same port) and real HTTP: what the helpdesk is told,
 * what the operator has to do, and that no ticket or alert is lost or doubled. Each test uses its own tickets and
 * accounts, so they do not depend on each other's order. Runs in the cluster run of {@code ./mvnw verify}.
 */
@Tag("cluster")
class OutagesTest {

  /** Paying demo accounts: the first ones for the mail outage's alerts, the rest for the database outage. */
  private static final List<String> DOMAINS = Tickets.payingAccountDomains();
  private static final int MAIL_OUTAGE_ALERTS = Integer.getInteger("triage.outage.alerts", 120);
  /** Jobs locked by the node when the database went away are taken up again after this. */
  private static final int LOCK_TIME_MS = 15_000;

  private static GreenMail mail;
  private static TcpProxy database;
  private static ConfigurableApplicationContext node;
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void startNodeBehindAProxy() throws Exception {
    Assumptions.assumeTrue(TestDatabase.usesPostgres(),
        "The outage tests run in the PostgreSQL run of ./mvnw verify (-Dtriage.test.database=postgres)");
    TestDatabase.requireReachable();
    mail = TriageNode.greenMailOnFreePort();
    TestDatabase fresh = TestDatabase.fresh();
    database = TcpProxy.to(fresh.server().getHostString(), fresh.server().getPort());
    // The production profile's job executor, pools and Hikari timeouts; "test" after it for the unsigned webhook.
    node = TriageNode.named("outagenode", mail).on(fresh).profiles("postgres", "test")
        .property("spring.datasource.url", fresh.urlThrough(database.port()))
        // Every ticket's whole path runs and ends: no audit sample waits for a person.
        .property("triage.rollout.automated-audit-share", 0)
        // Alert retries a second apart, three attempts: the incidents appear within seconds, not minutes.
        .property("triage.alerts.retry-cycle", "R3/PT1S")
        .property("camunda.bpm.job-execution.lock-time-in-millis", LOCK_TIME_MS)
        .start();
    // The test's own view of the database, past the proxy: it can look while the node cannot.
    jdbc = new JdbcTemplate(new DriverManagerDataSource(fresh.url(), TestDatabase.user(), TestDatabase.password()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (database != null) {
      database.close();
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  void aDatabaseOutageIsAnswered503AndNoAcceptedTicketIsLost() throws Exception {
    URI webhook = TriageNode.genericWebhook(node);
    List<String> domains = DOMAINS.subList(MAIL_OUTAGE_ALERTS, DOMAINS.size());
    Map<String, Integer> firstAnswer = new ConcurrentHashMap<>();
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger unavailable = new AtomicInteger();
    AtomicLong slowest503Millis = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean sending = new AtomicBoolean(true);

    // Three helpdesk threads deliver tickets without pause before, during and after the outage.
    ExecutorService helpdesk = Executors.newFixedThreadPool(3);
    List<Future<?>> senders = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      senders.add(helpdesk.submit(() -> {
        while (sending.get()) {
          int n = next.getAndIncrement();
          String ticketId = "DB-" + n;
          String text = n % 2 == 0 ? Tickets.CHURN_THREAT : Tickets.QUESTION;
          long start = System.nanoTime();
          HttpResponse<String> answer = Tickets.post(webhook,
              Tickets.json(ticketId, text, domains.get(n % domains.size()), "email"));
          long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          firstAnswer.put(ticketId, answer.statusCode());
          if (answer.statusCode() == 202) {
            accepted.incrementAndGet();
          } else if (answer.statusCode() == 503
              && "30".equals(answer.headers().firstValue("Retry-After").orElse(null))
              && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            unavailable.incrementAndGet();
            slowest503Millis.accumulateAndGet(millis, Math::max);
          } else {
            unexpected.add(ticketId + ": " + answer.statusCode() + " " + answer.headers().map() + " "
                + answer.body());
          }
        }
        return null;
      }));
    }
    int acceptedBefore;
    int acceptedDuring;
    long lockedAtCut;
    long outageMillis;
    long recoveryMillis;
    try {
      await().atMost(Duration.ofMinutes(2)).until(() -> accepted.get() >= 15);
      database.cut();
      long cutAt = System.nanoTime();
      acceptedBefore = accepted.get();
      lockedAtCut = jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Long.class);
      // Requests in flight at the cut may still have committed; from then on, every answer must be a 503.
      await().atMost(Duration.ofMinutes(1)).until(() -> unavailable.get() >= 10);
      acceptedDuring = accepted.get() - acceptedBefore;
      database.restore();
      long restoredAt = System.nanoTime();
      outageMillis = TimeUnit.NANOSECONDS.toMillis(restoredAt - cutAt);
      int acceptedAtRestore = accepted.get();
      await().atMost(Duration.ofMinutes(1)).until(() -> accepted.get() > acceptedAtRestore);
      recoveryMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restoredAt);
      await().atMost(Duration.ofMinutes(2)).until(() -> accepted.get() >= acceptedAtRestore + 15);
    } finally {
      sending.set(false);
      for (Future<?> sender : senders) {
        sender.get(2, TimeUnit.MINUTES);
      }
      helpdesk.shutdown();
    }
    assertThat(unexpected).as("only 202 or, while the database is away, 503 with Retry-After").isEmpty();

    // The helpdesk delivers every 503'd ticket again once we are back; a ticket committed just before the link
    // died is answered 200 as a repeat.
    List<String> refused = firstAnswer.entrySet().stream().filter(e -> e.getValue() == 503).map(Map.Entry::getKey)
        .sorted().toList();
    int redeliveredAccepted = 0;
    int redeliveredRepeat = 0;
    for (String ticketId : refused) {
      int n = Integer.parseInt(ticketId.substring("DB-".length()));
      String text = n % 2 == 0 ? Tickets.CHURN_THREAT : Tickets.QUESTION;
      HttpResponse<String> answer = Tickets.post(webhook,
          Tickets.json(ticketId, text, domains.get(n % domains.size()), "email"));
      assertThat(answer.statusCode()).as(ticketId + " delivered again: " + answer.body()).isIn(200, 202);
      if (answer.statusCode() == 202) {
        redeliveredAccepted++;
      } else {
        redeliveredRepeat++;
      }
    }

    // Every ticket the node acknowledged, and every one delivered again, runs to its end: the job executor took
    // up its work again by itself, jobs locked at the cut included (after their lock time).
    int tickets = firstAnswer.size();
    long waitStart = System.nanoTime();
    await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
        .until(() -> endedInstances("generic:DB-%") == tickets);
    long completionMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - waitStart);
    assertThat(instancesPerTicket("generic:DB-%")).as("one instance per ticket").hasSize(tickets)
        .allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).as("no incidents").isZero();
    Map<String, Long> mails = AlertMails.perInstance(mail);
    List<String> alerted = alertedInstances("generic:DB-%");
    long mailedTwice = alerted.stream().filter(id -> mails.getOrDefault(id, 0L) > 1).count();
    assertThat(alerted).as("every recorded alert was mailed").allMatch(mails::containsKey);

    System.out.printf("Database outage: %d tickets sent; %d accepted before the cut, %d in flight at the cut "
            + "accepted, %d answered 503 (slowest %d ms) during %d ms of outage (%d jobs locked by the node at the "
            + "cut); first 202 %d ms after restore; "
            + "%d accepted in all; the %d refused delivered again: %d accepted, %d already stored (200); "
            + "%d instances, all ended %d ms later; %d alerts, %d mailed twice%n",
        tickets, acceptedBefore, acceptedDuring, unavailable.get(), slowest503Millis.get(), outageMillis,
        lockedAtCut, recoveryMillis, accepted.get(), refused.size(), redeliveredAccepted, redeliveredRepeat, tickets,
        completionMillis, alerted.size(), mailedTwice);
    assertThat(slowest503Millis.get()).as("the 503 comes promptly (Hikari connection-timeout 3 s)")
        .isLessThan(10_000);
    // At-least-once at the SMTP boundary: an alert job that had handed its mail over when the cut made its commit
    // fail runs again and mails again. Only jobs locked at the cut can do that.
    assertThat(mailedTwice).as("only alerts in flight at the cut may be mailed twice").isLessThanOrEqualTo(lockedAtCut);
  }

  @Test
  void aMailServerOutageUnderLoadEndsInIncidentsAndTheOperatorsRetrySendsEachAlertOnce() throws Exception {
    URI webhook = TriageNode.genericWebhook(node);
    ManagementService management = node.getBean(ManagementService.class);
    mail.stop();
    List<String> instances = Collections.synchronizedList(new ArrayList<>());
    try {
      ExecutorService helpdesk = Executors.newFixedThreadPool(4);
      List<Future<?>> sent = new ArrayList<>();
      for (int n = 0; n < MAIL_OUTAGE_ALERTS; n++) {
        String json = Tickets.json("MAIL-" + n, Tickets.CHURN_THREAT, DOMAINS.get(n), "email");
        sent.add(helpdesk.submit(() -> {
          HttpResponse<String> answer = Tickets.post(webhook, json);
          assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
          return null;
        }));
      }
      for (Future<?> delivery : sent) {
        delivery.get();
      }
      helpdesk.shutdown();

      // Each alert is tried three times a second apart, then stops with an incident (Cockpit shows it).
      await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
          .until(() -> incidents("generic:MAIL-%") == MAIL_OUTAGE_ALERTS);
      assertThat(alertedInstances("generic:MAIL-%")).as("a failed hand-over records nothing").isEmpty();
      assertThat(mail.getReceivedMessages()).isEmpty();
    } finally {
      mail.start();
    }

    // The operator's "Retry" in Cockpit: one more attempt for every failed alert job, due at once.
    List<String> failedJobs = jdbc.queryForList("""
        select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
        where e.business_key_ like ? and j.retries_ = 0""", String.class, "generic:MAIL-%");
    assertThat(failedJobs).hasSize(MAIL_OUTAGE_ALERTS);
    long retryStart = System.nanoTime();
    management.setJobRetries(failedJobs, 1);

    await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
        .until(() -> endedInstances("generic:MAIL-%") == MAIL_OUTAGE_ALERTS);
    long drainMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - retryStart);
    List<String> alerted = alertedInstances("generic:MAIL-%");
    await().atMost(Duration.ofMinutes(1)).until(() -> AlertMails.perInstance(mail).keySet().containsAll(alerted));
    Map<String, Long> mails = AlertMails.perInstance(mail);
    System.out.printf("Mail outage: %d alerts failed 3 times each and became %d incidents; after the operator's "
            + "retry %d instances ended in %d ms, %d alerts recorded, %d mailed, %d mailed more than once%n",
        MAIL_OUTAGE_ALERTS, failedJobs.size(), endedInstances("generic:MAIL-%"), drainMillis, alerted.size(),
        alerted.stream().filter(mails::containsKey).count(),
        alerted.stream().filter(id -> mails.getOrDefault(id, 0L) > 1).count());
    assertThat(alerted).as("every ticket alerted").hasSize(MAIL_OUTAGE_ALERTS);
    assertThat(alerted).as("each alert mailed exactly once").allSatisfy(
        id -> assertThat(mails.getOrDefault(id, 0L)).as(id).isEqualTo(1L));
    assertThat(incidents("generic:MAIL-%")).isZero();
    assertThat(jdbc.queryForObject("""
        select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
        where e.business_key_ like ?""", Long.class, "generic:MAIL-%")).as("no job left behind").isZero();
  }

  private static long endedInstances(String businessKeyPattern) {
    return jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ? "
        + "and business_key_ like ? and end_time_ is not null", Long.class, TicketTriageProcess.KEY,
        businessKeyPattern);
  }

  private static Map<String, Integer> instancesPerTicket(String businessKeyPattern) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    jdbc.query("select business_key_, count(*) from act_hi_procinst where proc_def_key_ = ? and business_key_ "
        + "like ? group by business_key_", row -> {
          counts.put(row.getString(1), row.getInt(2));
        }, TicketTriageProcess.KEY, businessKeyPattern);
    return counts;
  }

  private static long incidents(String businessKeyPattern) {
    return jdbc.queryForObject("""
        select count(*) from act_ru_incident i join act_ru_execution e on e.id_ = i.proc_inst_id_
        where e.business_key_ like ?""", Long.class, businessKeyPattern);
  }

  /** Instances with a recorded e-mail alert: the idempotency key allows one per decision. */
  private static List<String> alertedInstances(String businessKeyPattern) {
    return jdbc.queryForList("""
        select a.process_instance_id from cs_alert a join act_hi_procinst p on p.proc_inst_id_ = a.process_instance_id
        where a.channel = ? and p.business_key_ like ?""", String.class, SentAlerts.EMAIL, businessKeyPattern);
  }
}
