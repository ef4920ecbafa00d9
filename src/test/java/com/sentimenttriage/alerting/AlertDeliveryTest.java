package com.sentimenttriage.alerting;

import static com.sentimenttriage.triage.TicketTriageProcess.Elements.ALERT_CS_OWNER;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.CS_OWNER_ALERTED;
import static com.sentimenttriage.triage.TicketTriageProcess.Elements.POST_ALERT_TO_CHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sentimenttriage.support.AlertsGoingOut;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reliable, exactly-once delivery on the real engine, job executor, database and SMTP server: outages delay an
 * alert and end in a visible incident, never in a lost or a doubled alert. Retries are driven through the
 * ManagementService, as an operator in Cockpit would, instead of waiting minutes.
 */
class AlertDeliveryTest extends IntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ChatWebhooks webhooks;
  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  private HttpServer chat;

  @AfterEach
  void stopChat() {
    if (chat != null) {
      chat.stop(0);
    }
  }

  @Test
  void aMailServerOutageEndsInAnIncidentAndTheRetryAfterwardsSendsExactlyOneMail() throws Exception {
    String owner = "owner.outage@cs.example";
    greenMail.stop();
    String instanceId;
    Job job;
    try {
      instanceId = confirmedEscalationFor(owner, "OUT-1");

      job = await().atMost(PATIENCE).until(() -> job(instanceId, ALERT_CS_OWNER),
          j -> j != null && j.getExceptionMessage() != null);
      assertThat(job.getRetries()).as("R5: four attempts left after the first").isEqualTo(4);
      assertThat(job.getDuedate()).as("PT1M: the next attempt a minute later")
          .isAfter(Date.from(Instant.now().plusSeconds(30)));
      assertThat(recordedAlerts(instanceId)).as("the record is rolled back with the failed step").isZero();

      for (int attempt = 2; attempt <= 5; attempt++) {
        String jobId = job.getId();
        assertThatThrownBy(() -> managementService.executeJob(jobId)).as("attempt %d", attempt)
            .hasMessageContaining("Mail server connection failed");
      }
      Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceId).singleResult();
      assertThat(incident).as("visible in Cockpit").isNotNull();
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getActivityId()).isEqualTo(ALERT_CS_OWNER);
      assertThat(job(instanceId, ALERT_CS_OWNER).getRetries()).isZero();
      assertThat(mailsTo(owner)).isZero();
    } finally {
      greenMail.start();
    }

    // The server is back; an operator retries the job in Cockpit (one more retry, due now).
    managementService.setJobRetries(job.getId(), 1);
    managementService.setJobDuedate(job.getId(), new Date());

    await().atMost(PATIENCE).until(() -> isFinished(instanceId));
    assertThat(mailsTo(owner)).isEqualTo(1);
    assertThat(recordedAlerts(instanceId)).isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void aChatWebhookOutageIsRetriedWithoutMailingTwice() throws Exception {
    String owner = "owner.chat@cs.example";
    AtomicInteger status = new AtomicInteger(503);
    AtomicInteger delivered = new AtomicInteger();
    startChat(status, delivered);
    webhooks.configure(owner, chatUrl());

    String instanceId = confirmedEscalationFor(owner, "CHAT-1");
    Job chatJob = await().atMost(PATIENCE).until(() -> job(instanceId, POST_ALERT_TO_CHAT),
        j -> j != null && j.getExceptionMessage() != null);
    assertThat(mailsTo(owner)).isEqualTo(1);

    status.set(200);
    managementService.executeJob(chatJob.getId());

    assertThat(isFinished(instanceId)).isTrue();
    assertThat(delivered.get()).isEqualTo(1);
    assertThat(mailsTo(owner)).isEqualTo(1);
    assertThat(jdbc.queryForList("select channel from cs_alert where process_instance_id = ? order by channel",
        String.class, instanceId)).containsExactly("chat", "email");
  }

  @Test
  void rerunningTheAlertStepAfterTheMailWasHandedOverSendsNothingTwice() throws Exception {
    String owner = "owner.rerun@cs.example";
    AtomicInteger status = new AtomicInteger(503);
    AtomicInteger delivered = new AtomicInteger();
    startChat(status, delivered);
    webhooks.configure(owner, chatUrl());
    String instanceId = confirmedEscalationFor(owner, "RERUN-1");
    await().atMost(PATIENCE).until(() -> job(instanceId, POST_ALERT_TO_CHAT),
        j -> j != null && j.getExceptionMessage() != null);
    assertThat(mailsTo(owner)).isEqualTo(1);

    // An operator moves the token back to "Alert CS owner" (Cockpit's process instance modification).
    status.set(200);
    runtimeService.createProcessInstanceModification(instanceId)
        .cancelAllForActivity(POST_ALERT_TO_CHAT)
        .startBeforeActivity(ALERT_CS_OWNER)
        .execute();

    await().atMost(PATIENCE).until(() -> isFinished(instanceId));
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(ALERT_CS_OWNER).finished().count()).as("the step ran twice").isEqualTo(2);
    assertThat(mailsTo(owner)).as("but mailed once").isEqualTo(1);
    assertThat(delivered.get()).isEqualTo(1);
  }

  /**
   * Issue 16: the alert after a real review names the supervisor who confirmed it and when, lists the ticket the
   * cooldown attached meanwhile (its subject and the URL its payload carried), links the ticket where the payload
   * said it lives, and gives a CS owner who is no Camunda user no Tasklist or Cockpit link.
   */
  @Test
  void anAlertAfterAReviewNamesTheSupervisorAndListsTheTicketsTheCooldownAttached() throws Exception {
    String owner = "owner.reviewed@cs.example";
    Map<String, Object> v = escalationFor(owner, "CONF-1");
    v.remove("reviewDecision");
    v.put("escalationRoute", "REVIEW");
    v.put("rolloutQueue", "general");
    v.put("rolloutStage", "ASSISTIVE");
    v.put("priority", 50);
    v.put("reviewDue", Date.from(Instant.now().plus(Duration.ofHours(4))));
    v.put("unreviewedAlertAt", Date.from(Instant.now().plus(Duration.ofHours(8))));
    v.put("alertUnreviewed", false);
    v.put("requesterName", "J. R.");
    v.put("helpdeskUrl", "https://acme-eu.example-helpdesk.com/tickets/CONF-1");
    String instanceId = runtimeService.createProcessInstanceByKey(TicketTriageProcess.KEY)
        .businessKey(TicketTriageProcess.businessKey("generic", "CONF-1"))
        .setVariables(v)
        .startBeforeActivity(TicketTriageProcess.Elements.REVIEW_ESCALATION)
        .execute().getId();
    // The score row the triage wrote before the review, which the review's outcome is recorded beside.
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, polarity, frustration, label,
                                   escalation_action, severity, scored_at)
        values ('generic:CONF-1', ?, 'generic', 'CONF-1', -0.8, 88, 'Urgent', 'ALERT', 'High', ?)""", instanceId,
        java.sql.Timestamp.from(Instant.now()));
    // While the review was open a follow-up came in, and the cooldown attached it to this alert.
    String followUp = runtimeService.createProcessInstanceByKey(TicketTriageProcess.KEY)
        .businessKey(TicketTriageProcess.businessKey("generic", "CONF-2"))
        .setVariables(Map.of("subject", "Still no invoices", "helpdeskUrl",
            "https://acme-eu.example-helpdesk.com/tickets/CONF-2"))
        .startBeforeActivity("EndEvent_TicketScored")
        .execute().getId();
    jdbc.update("""
        insert into alert_attachment (process_instance_id, business_key, cooldown_key, alert_process_instance_id,
                                      account_id, frustration, attached_at)
        values (?, 'generic:CONF-2', 'test:CONF', ?, null, 77, ?)""", followUp, instanceId,
        java.sql.Timestamp.from(Instant.parse("2026-11-02T10:00:00Z")));

    org.camunda.bpm.engine.task.Task review = taskService.createTaskQuery().processInstanceId(instanceId)
        .singleResult();
    taskService.claim(review.getId(), "supervisor");
    taskService.complete(review.getId(), Map.of("reviewDecision", "confirm"));

    await().atMost(PATIENCE).until(() -> isFinished(instanceId));
    MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, owner))
        .findFirst().orElseThrow();
    String text = MailParts.part(mail, "text/plain").replace("\r\n", "\n");
    assertThat(text)
        .containsPattern("Supervisor Sam Supervisor reviewed this escalation and confirmed it on "
            + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\.")
        .contains("The contact J. R. wrote")
        .contains("  - CONF-2 “Still no invoices” · frustration 77/100 · attached 2026-11-02 10:00 UTC\n"
            + "    https://acme-eu.example-helpdesk.com/tickets/CONF-2")
        .contains("Ticket in the helpdesk: https://acme-eu.example-helpdesk.com/tickets/CONF-1")
        .doesNotContain("Tasklist", "Cockpit");
  }

  /** A process admin reading the alert is a Camunda user with Cockpit: the Cockpit link is theirs to use. */
  @Test
  void aReaderWithCockpitAccessGetsTheCockpitLinkAndOneWithoutDoesNot() throws Exception {
    String admin = confirmedEscalationFor("admin@sentiment-triage.example", "LINK-1");
    String manager = confirmedEscalationFor("manager@sentiment-triage.example", "LINK-2");
    await().atMost(PATIENCE).until(() -> isFinished(admin) && isFinished(manager));

    assertThat(textTo("admin@sentiment-triage.example"))
        .contains("Case in Cockpit: http://localhost:8080/camunda/app/cockpit/default/#/process-instance/" + admin);
    assertThat(textTo("manager@sentiment-triage.example")).doesNotContain("Cockpit", "/camunda/app/");
  }

  private String textTo(String recipient) throws Exception {
    return MailParts.part(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, recipient))
        .findFirst().orElseThrow(), "text/plain");
  }

  private String confirmedEscalationFor(String owner, String ticketId) {
    return AlertsGoingOut.start(runtimeService, ticketId, escalationFor(owner, ticketId));
  }

  private Map<String, Object> escalationFor(String owner, String ticketId) {
    return AlertsGoingOut.escalation(AlertsGoingOut.accountOwnedBy(jdbc, owner), ticketId);
  }

  private Job job(String instanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
  }

  private boolean isFinished(String instanceId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(CS_OWNER_ALERTED).finished().count() == 1;
  }

  private int recordedAlerts(String instanceId) {
    return jdbc.queryForObject("select count(*) from cs_alert where process_instance_id = ? and channel = 'email'",
        Integer.class, instanceId);
  }

  private long mailsTo(String owner) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, owner)).count();
  }

  private static boolean addressedTo(MimeMessage mail, String owner) {
    try {
      return Arrays.stream(mail.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(owner));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void startChat(AtomicInteger status, AtomicInteger delivered) throws IOException {
    chat = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    chat.createContext("/hooks/owner", exchange -> {
      exchange.getRequestBody().readAllBytes();
      int answer = status.get();
      if (answer == 200) {
        delivered.incrementAndGet();
      }
      exchange.sendResponseHeaders(answer, -1);
      exchange.close();
    });
    chat.start();
  }

  private String chatUrl() {
    return "http://localhost:" + chat.getAddress().getPort() + "/hooks/owner";
  }
}
