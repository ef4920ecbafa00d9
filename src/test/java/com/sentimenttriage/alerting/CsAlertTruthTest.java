package com.sentimenttriage.alerting;

import static com.sentimenttriage.alerting.AlertFixtures.acmeVariables;
import static com.sentimenttriage.alerting.AlertFixtures.composer;
import static com.sentimenttriage.alerting.MailParts.part;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sentimenttriage.triage.TriageVariables;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, "Alerts tell the truth": each alert says how it was decided, and tells a CS owner who wrote in, what
 * drove the score, what the account pays and when it renews, in words they can act on, with links they can use.
 * Through the real templates and a real SMTP server, as CsAlertMailerTest. Written against the composer's
 * {@code compose(key, instance, null, variables)}: no review task was looked up.
 */
class CsAlertTruthTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private CsAlertMailer mailer;

  @BeforeEach
  void mailerForGreenMail() {
    mailer = AlertFixtures.mailerFor(smtp);
  }

  /** A Critical ticket that a PROBATION or AUTOMATED queue alerted at once: nobody reviewed it. */
  private static Map<String, Object> sentByTheQueue(String stage, boolean auditSampled) {
    Map<String, Object> v = acmeVariables("Critical");
    v.remove(TriageVariables.REVIEW_DECISION.name());
    v.remove(TriageVariables.REVIEW_COMMENT.name());
    v.put("escalationRoute", "ALERT");
    v.put("rolloutQueue", "churn");
    v.put("rolloutStage", stage);
    v.put("auditSampled", auditSampled);
    return v;
  }

  private String text(Map<String, Object> variables) throws Exception {
    return part(send(variables), "text/plain");
  }

  private MimeMessage send(Map<String, Object> variables) throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    mailer.send(composer().compose("pi-1:ServiceTask_AlertCsOwner", "pi-1", null, variables));
    return smtp.getReceivedMessages()[0];
  }

  @Test
  void anAlertAProbationQueueSentSaysSoAndThatItWillBeAuditedNotThatASupervisorConfirmedIt() throws Exception {
    MimeMessage mail = send(sentByTheQueue("PROBATION", true));

    for (String part : new String[] {part(mail, "text/plain"), part(mail, "text/html")}) {
      assertThat(part).doesNotContainIgnoringCase("supervisor confirmed")
          .doesNotContain("Supervisor's note")
          .contains("Sent automatically, without a supervisor")
          .contains("(stage PROBATION)")
          .contains("drawn for an audit: a supervisor will check it afterwards");
    }
  }

  @Test
  void anAlertAnAutomatedQueueSentWithoutAuditSaysNobodyChecksIt() throws Exception {
    assertThat(text(sentByTheQueue("AUTOMATED", false)))
        .doesNotContainIgnoringCase("supervisor confirmed")
        .contains("Sent automatically, without a supervisor's review: queue “churn” (stage AUTOMATED)")
        .contains("It was not drawn for an audit, so no supervisor checks it.");
  }

  @Test
  void anAlertSentBecauseNobodyReviewedInTimeSaysSoInsteadOfClaimingAConfirmation() throws Exception {
    Map<String, Object> v = sentByTheQueue("PROBATION", false);
    v.put("escalationRoute", "ALERT");
    v.put("alertUnreviewed", true);
    v.put("reviewSla", "PT4H");

    MimeMessage mail = send(v);

    assertThat(mail.getSubject()).startsWith("[Not reviewed in time]");
    assertThat(part(mail, "text/plain")).doesNotContainIgnoringCase("supervisor confirmed")
        .contains("Sent unreviewed: nobody reviewed this escalation within twice its review SLA of 4 hours (8 hours)")
        .doesNotContain("PT4H");
  }

  @Test
  void theOwnerReadsWhoWroteInAndWhen() throws Exception {
    Map<String, Object> v = acmeVariables("High");
    v.put("requesterName", "J. R.");
    v.put("ticketCreatedAt", Date.from(Instant.parse("2026-11-01T16:00:00Z")));
    v.put("ticketUpdatedAt", Date.from(Instant.parse("2026-11-02T08:12:00Z")));

    MimeMessage mail = send(v);

    assertThat(part(mail, "text/plain")).contains("The contact J. R. wrote on 2026-11-02 08:12 UTC:");
    assertThat(part(mail, "text/html")).contains("The contact J. R. wrote on 2026-11-02 08:12 UTC:");
  }

  @Test
  void thePhrasesThatDroveTheScoreComeWithoutWeightsAndEachOnce() throws Exception {
    Map<String, Object> v = acmeVariables("High");
    TriageVariables.SCORE_EXPLANATION.putInto(v,
        "\"broken\" -2.10, \"unacceptable\" -2.50, \"Broken\" -1.90, \"?\" +0.00; adjusted by the model");

    String text = text(v);

    String phrases = text.lines().filter(l -> l.startsWith("Phrases that drove it:")).findFirst().orElseThrow();
    assertThat(phrases).isEqualTo("Phrases that drove it: “broken”, “unacceptable”");
    assertThat(text).doesNotContain("-2.10", "-2.50", "+0.00");
  }

  @Test
  void mrrCarriesItsCurrency() throws Exception {
    assertThat(text(acmeVariables("High"))).contains("MRR 4,200 USD ·").contains("  - MRR 4,200 USD")
        .doesNotContain("MRR 4,200 ·").doesNotContainPattern("MRR 4,200\\s*\\n");
  }

  @Test
  void aRenewalAlreadyPastReadsAsPassedNotAsInMinusDays() throws Exception {
    Map<String, Object> v = acmeVariables("High");
    TriageVariables.DAYS_TO_RENEWAL.putInto(v, -5);

    String text = text(v);

    assertThat(text).contains("renewal date passed 5 days ago").doesNotContain("in -5 days", "-5 days");
  }

  @Test
  void theTicketLinkIsTheUrlThePayloadCarriedNotOnlyTheConfiguredSubdomain() throws Exception {
    Map<String, Object> v = acmeVariables("High");
    v.put("helpdeskUrl", "https://acme-eu.zendesk.com/agent/tickets/4711");

    MimeMessage mail = send(v);

    assertThat(part(mail, "text/plain"))
        .contains("Ticket in the helpdesk: https://acme-eu.zendesk.com/agent/tickets/4711")
        .doesNotContain("acme-support.zendesk.com");
    assertThat(part(mail, "text/html")).contains("href=\"https://acme-eu.zendesk.com/agent/tickets/4711\"");
  }

  @Test
  void aCsOwnerWhoIsNoCamundaUserGetsNoTasklistOrCockpitLinks() throws Exception {
    MimeMessage mail = send(acmeVariables("Critical"));

    assertThat(part(mail, "text/plain")).contains("Ticket in the helpdesk:")
        .doesNotContain("Tasklist", "Cockpit", "/camunda/app/");
    assertThat(part(mail, "text/html")).doesNotContain("/camunda/app/");
  }
}
