package com.sentimenttriage.alerting.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrend.Light;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.JdbcAccountDirectory;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.TicketReferences;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.support.IntegrationTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Digests built from real scored_ticket rows and sent through GreenMail, with the service's clock pinned to a
 * Monday morning in 2031 so no other test's tickets fall into the window.
 */
class CsDigestsTest extends IntegrationTest {

  private static final Instant MONDAY = Instant.parse("2031-03-10T08:00:00Z");
  private static final String ANNA = "anna.digest@cs.example";
  private static final String BEN = "ben.digest@cs.example";

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  JavaMailSender mailSender;
  @Autowired
  AccountTrends trends;
  @Autowired
  TrendProperties trendProperties;
  @Autowired
  AlertProperties properties;
  @Autowired
  DigestDeliveries deliveries;
  @Autowired
  TicketReferences references;
  @Autowired
  org.camunda.bpm.engine.RuntimeService runtimeService;

  private CsDigests digests;

  @BeforeEach
  void accountsAndAClockOnMonday() {
    digests = digestsSentBy(mailSender);
    account(7101, "Borealis Freight", "Anna Digest", ANNA);
    account(7102, "Cobalt Dental", "Anna Digest", ANNA);
    account(7103, "Dunmore Books", "Ben Digest", BEN);
  }

  @AfterEach
  void removeRows() {
    jdbc.update("delete from follow_through_alert where follow_through_instance_id like 'digest-test-%'");
    jdbc.update("delete from cs_follow_through where process_instance_id like 'digest-test-%'");
    jdbc.update("delete from scored_ticket where business_key like 'digest-test:%'");
    jdbc.update("delete from account where id between 7101 and 7103");
    jdbc.update("delete from digest_delivery where run_id like 'digest-test-%'");
  }

  private CsDigests digestsSentBy(JavaMailSender sender) {
    return new CsDigests(new ScoredTicketStore(jdbc), new JdbcAccountDirectory(jdbc), trends, trendProperties, sender,
        properties, deliveries, references, Clock.fixed(MONDAY, ZoneOffset.UTC));
  }

  @Test
  void eachOwnerGetsTheWeeksDigestTicketsGroupedByAccountWithTheirLights() throws Exception {
    // Borealis: B-1..B-4 make the 7-day average -0.475, red. Cobalt: C-1 and C-2 (a ticket scored at the run's
    // instant counts for the gate's light, though the digest lists it next week) make -0.45, red. Neither had
    // tickets before the drop window, so neither is declining.
    scored("B-0", 7101L, 0.4, 20, "Positive", "LOG", "2031-03-01T10:00:00Z");
    scored("B-1", 7101L, -0.5, 55, "Negative", "DIGEST", "2031-03-04T10:00:00Z");
    scored("B-2", 7101L, -0.3, 48, "Negative", "DIGEST", "2031-03-07T16:00:00Z");
    scored("C-1", 7102L, -0.4, 52, "Negative", "DIGEST", "2031-03-09T09:00:00Z");
    // Not in Anna's digest: alerted, only logged, or outside the week.
    scored("B-3", 7101L, -0.9, 90, "Urgent", "ALERT", "2031-03-05T10:00:00Z");
    scored("B-4", 7101L, -0.2, 30, "Neutral", "LOG", "2031-03-06T10:00:00Z");
    scored("B-5", 7101L, -0.5, 55, "Negative", "DIGEST", "2031-03-02T10:00:00Z");
    scored("C-2", 7102L, -0.5, 55, "Negative", "DIGEST", "2031-03-10T08:00:00Z");

    int sent = digests.sendWeekly("digest-test-1");

    assertThat(sent).isEqualTo(1);
    List<MimeMessage> mails = mailsTo(ANNA);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject())
        .isEqualTo("Weekly digest: 3 tickets across 2 accounts (2031-03-03 to 2031-03-10)");
    String text = part(mail, "text/plain");
    assertThat(text).contains("Hello Anna Digest")
        .contains("Borealis Freight · red (7-day average -0.475, red below -0.4)")
        .contains("Cobalt Dental · red (7-day average -0.45, red below -0.4)")
        .contains("- B-1 · Negative, frustration 55/100 · Billing · 2031-03-04")
        .contains("- B-2 · Negative, frustration 48/100")
        .contains("- C-1 · Negative, frustration 52/100")
        .doesNotContain("B-3", "B-4", "B-5", "C-2", "Dunmore");
    assertThat(text.indexOf("Borealis Freight")).isLessThan(text.indexOf("B-1"));
    assertThat(text.indexOf("B-2")).isLessThan(text.indexOf("Cobalt Dental"));
    assertThat(part(mail, "text/html")).contains("<h3>", "Borealis Freight", "· red", "B-2");
    assertThat(mailsTo(BEN)).as("an empty digest is not sent").isEmpty();
  }

  /**
   * Issue 18: with {@code triage.follow-through.advocacy=digest} a promoter opens no task; its owner reads it in the
   * weekly digest's own section. A promoter that got a task (the setting was "task" then) is not listed again.
   */
  @Test
  void promotersWithoutATaskAreTheWeeklyDigestsAdvocacyOpportunities() throws Exception {
    scored("B-1", 7101L, -0.5, 55, "Negative", "DIGEST", "2031-03-04T10:00:00Z");
    scored("A-1", 7101L, 0.8, 0, "Positive", "ADVOCACY", "2031-03-05T10:00:00Z");
    scored("A-2", 7102L, 0.9, 0, "Positive", "ADVOCACY", "2031-03-06T10:00:00Z");
    taskOpenedFor("A-2");
    scored("A-3", 7101L, 0.8, 0, "Positive", "ADVOCACY", "2031-03-02T10:00:00Z");
    scored("A-4", 7103L, 0.7, 0, "Positive", "ADVOCACY", "2031-03-07T10:00:00Z");

    assertThat(digests.sendWeekly("digest-test-advocacy")).isEqualTo(2);

    MimeMessage anna = mailsTo(ANNA).get(0);
    assertThat(anna.getSubject()).isEqualTo(
        "Weekly digest: 1 ticket across 1 account, 1 advocacy opportunity (2031-03-03 to 2031-03-10)");
    String text = part(anna, "text/plain").replace("\r\n", "\n");
    assertThat(text).contains("\nAdvocacy opportunities\n")
        .contains("Borealis Freight\n  - A-1 · Positive · Billing · 2031-03-05\n")
        .doesNotContain("A-2", "A-3", "Cobalt Dental");
    assertThat(text.indexOf("B-1")).isLessThan(text.indexOf("Advocacy opportunities"));
    assertThat(text.indexOf("Advocacy opportunities")).isLessThan(text.indexOf("A-1"));
    assertThat(part(anna, "text/html")).contains("<h3>Advocacy opportunities</h3>", "A-1");
    MimeMessage ben = mailsTo(BEN).get(0);
    assertThat(ben.getSubject()).as("an owner with only a promoter gets a digest all the same")
        .isEqualTo("Weekly digest: 1 advocacy opportunity (2031-03-03 to 2031-03-10)");
    assertThat(part(ben, "text/plain")).contains("Advocacy opportunities", "Dunmore Books", "A-4");
  }

  /** The promoter's ticket opened its own follow-through task, as with triage.follow-through.advocacy=task. */
  private void taskOpenedFor(String ticketId) {
    String alert = "digest-test-alert-" + ticketId;
    String followThrough = "digest-test-ft-" + ticketId;
    jdbc.update("update scored_ticket set process_instance_id = ? where business_key = ?", alert,
        "digest-test:" + ticketId);
    jdbc.update("insert into cs_follow_through (process_instance_id, alert_process_instance_id, business_key, "
        + "kind, alerted_at) values (?, ?, ?, 'ADVOCACY', ?)", followThrough, alert, "digest-test:" + ticketId,
        Timestamp.from(MONDAY));
    jdbc.update("insert into follow_through_alert (alert_process_instance_id, follow_through_instance_id) "
        + "values (?, ?)", alert, followThrough);
  }

  /** Issue 16: a digest line names the ticket by its subject and links it, where the helpdesk said it lives. */
  @Test
  void eachDigestLineCarriesTheTicketsSubjectAndALink() throws Exception {
    String withUrl = endedInstance("Invoice PDF is blank", "https://acme.example-helpdesk.com/tickets/S-1");
    String withoutUrl = endedInstance("Refund still pending", null);
    scored("S-1", 7101L, -0.5, 55, "Negative", "DIGEST", "2031-03-04T10:00:00Z");
    scored("S-2", 7101L, -0.4, 52, "Negative", "DIGEST", "2031-03-05T10:00:00Z");
    jdbc.update("update scored_ticket set process_instance_id = ? where business_key = 'digest-test:S-1'", withUrl);
    jdbc.update("update scored_ticket set process_instance_id = ?, source = 'zendesk' "
        + "where business_key = 'digest-test:S-2'", withoutUrl);

    digests.sendWeekly("digest-test-lines");

    MimeMessage mail = mailsTo(ANNA).get(0);
    String text = part(mail, "text/plain").replace("\r\n", "\n");
    assertThat(text)
        .contains("  - S-1 “Invoice PDF is blank” · Negative, frustration 55/100 · Billing · 2031-03-04\n"
            + "    https://acme.example-helpdesk.com/tickets/S-1")
        // No URL in the payload: the source's configured pattern (application.yaml, zendesk).
        .contains("  - S-2 “Refund still pending” · Negative, frustration 52/100 · Billing · 2031-03-05\n"
            + "    https://" + properties.ticketUrlVariables().get("subdomain") + ".zendesk.com/agent/tickets/S-2");
    assertThat(part(mail, "text/html"))
        .contains("href=\"https://acme.example-helpdesk.com/tickets/S-1\">S-1 “Invoice PDF is blank”</a>");
  }

  /** A triage instance that ended at once, leaving its subject and helpdesk URL in the history. */
  private String endedInstance(String subject, String helpdeskUrl) {
    java.util.Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("subject", subject);
    variables.put("helpdeskUrl", helpdeskUrl);
    return runtimeService.createProcessInstanceByKey(com.sentimenttriage.triage.TicketTriageProcess.KEY)
        .businessKey("digest-test:" + subject).setVariables(variables)
        .startBeforeActivity("EndEvent_TicketScored").execute().getId();
  }

  @Test
  void anAccountIsDecliningInTheDigestExactlyWhenTheGateSeesItsLightDrop() throws Exception {
    // Borealis: a good week before, a slightly negative one now (the weekly average fell by 0.45), but -0.05 is
    // still green, as it was before the drop window: the gate sees no drop.
    scored("B-0", 7101L, 0.3, 10, "Positive", "LOG", "2031-02-10T10:00:00Z");
    scored("B-1", 7101L, 0.4, 10, "Positive", "LOG", "2031-02-28T10:00:00Z");
    scored("B-2", 7101L, -0.05, 52, "Neutral", "DIGEST", "2031-03-05T10:00:00Z");
    // Cobalt: better than the week before (the weekly average rose by 0.2), but -0.3 is yellow, and it was green
    // before the drop window: the gate sees a drop.
    scored("C-0", 7102L, 0.3, 10, "Positive", "LOG", "2031-02-05T10:00:00Z");
    scored("C-1", 7102L, -0.5, 60, "Negative", "LOG", "2031-02-27T10:00:00Z");
    scored("C-2", 7102L, -0.3, 52, "Negative", "DIGEST", "2031-03-06T10:00:00Z");
    AccountTrend borealis = trends.trendOf(7101, null, MONDAY);
    AccountTrend cobalt = trends.trendOf(7102, null, MONDAY);
    assertThat(borealis.light()).isEqualTo(Light.GREEN);
    assertThat(borealis.declining()).isFalse();
    assertThat(cobalt.light()).isEqualTo(Light.YELLOW);
    assertThat(cobalt.declining()).isTrue();

    digests.sendWeekly("digest-test-gate");

    String text = part(mailsTo(ANNA).get(0), "text/plain");
    assertThat(line(text, "Borealis Freight")).startsWith("Borealis Freight · green (").doesNotContain("declining");
    assertThat(line(text, "Cobalt Dental")).startsWith("Cobalt Dental · yellow, declining (")
        .contains("dropped from green within 21 days");
  }

  @Test
  void unattachedTicketsGoToTheFallbackRecipientWithoutALight() throws Exception {
    scored("U-1", null, -0.4, 50, "Negative", "DIGEST", "2031-03-05T10:00:00Z");

    digests.sendWeekly("digest-test-unattached");

    String text = part(mailsTo(properties.fallbackRecipient()).get(0), "text/plain");
    assertThat(line(text, "Unattached")).isEqualTo("Unattached");
    assertThat(text).contains("- U-1 · Negative, frustration 50/100");
  }

  @Test
  void nothingIsSentInAWeekWithoutDigestTickets() {
    scored("D-1", 7103L, -0.9, 90, "Urgent", "ALERT", "2031-03-05T10:00:00Z");

    assertThat(digests.sendWeekly("digest-test-2")).isZero();
    assertThat(mailsTo(BEN)).isEmpty();
  }

  @Test
  void theDailyDigestListsTheLastDaysModerateNegativesThatRaisedNoAlert() throws Exception {
    scored("D-1", 7103L, -0.3, 40, "Negative", "LOG", "2031-03-09T12:00:00Z");
    scored("D-2", 7103L, -0.4, 50, "Negative", "DIGEST", "2031-03-10T07:00:00Z");
    scored("D-3", 7103L, -0.9, 85, "Negative", "ALERT", "2031-03-09T20:00:00Z");
    scored("D-4", 7103L, -0.8, 80, "Urgent", "LOG", "2031-03-09T21:00:00Z");
    scored("D-5", 7103L, -0.3, 40, "Negative", "LOG", "2031-03-08T21:00:00Z");

    assertThat(digests.sendDaily("digest-test-3")).isEqualTo(1);

    List<MimeMessage> mails = mailsTo(BEN);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).startsWith("Daily digest: 2 tickets across 1 account");
    assertThat(part(mails.get(0), "text/plain")).contains("Dunmore Books", "D-1", "D-2")
        .doesNotContain("D-3", "D-4", "D-5");
  }

  @Test
  void aRunRetriedAfterAMailFailureSendsOnlyTheDigestsThatDidNotGoOut() throws Exception {
    scored("R-1", 7101L, -0.5, 55, "Negative", "DIGEST", "2031-03-04T10:00:00Z");
    scored("R-2", 7103L, -0.4, 50, "Negative", "DIGEST", "2031-03-05T10:00:00Z");
    // The SMTP exchange for Anna succeeds; the one for Ben fails once, as when the mail server goes away.
    JavaMailSender flaky = spy(mailSender);
    doThrow(new MailSendException("connection refused")).doCallRealMethod()
        .when(flaky).send(argThat((MimeMessage m) -> addressedTo(m, BEN)));
    CsDigests run = digestsSentBy(flaky);

    assertThatThrownBy(() -> run.sendWeekly("digest-test-retry")).isInstanceOf(MailSendException.class);
    assertThat(mailsTo(ANNA)).hasSize(1);
    assertThat(mailsTo(BEN)).isEmpty();

    assertThat(run.sendWeekly("digest-test-retry")).isEqualTo(2);
    assertThat(mailsTo(ANNA)).as("Anna's digest is not sent again by the retry").hasSize(1);
    assertThat(mailsTo(BEN)).hasSize(1);
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void account(long id, String name, String owner, String ownerEmail) {
    jdbc.update("""
        insert into account (id, name, plan, mrr, health_score, cs_owner_name, cs_owner_email)
        values (?, ?, 'Business', 1200, 70, ?, ?)""", id, name, owner, ownerEmail);
  }

  private void scored(String ticketId, Long accountId, double polarity, int frustration, String label,
      String action, String scoredAt) {
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, account_id, polarity,
                                   frustration, label, topics, escalation_action, severity, scored_at)
        values (?, 'pi', 'generic', ?, ?, ?, ?, ?, 'Billing', ?, 'Low', ?)""",
        "digest-test:" + ticketId, ticketId, accountId, polarity, frustration, label, action,
        Timestamp.from(Instant.parse(scoredAt)));
  }

  private List<MimeMessage> mailsTo(String owner) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, owner)).toList();
  }


  private static String part(MimeMessage mail, String mimeType) throws Exception {
    return com.sentimenttriage.alerting.MailParts.part(mail, mimeType);
  }
}
