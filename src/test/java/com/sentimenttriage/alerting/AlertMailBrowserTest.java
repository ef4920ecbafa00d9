package com.sentimenttriage.alerting;

import static com.sentimenttriage.alerting.AlertFixtures.acmeVariables;
import static com.sentimenttriage.alerting.MailParts.part;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sentimenttriage.alerting.digest.Digest;
import com.sentimenttriage.support.Browser;
import com.sentimenttriage.triage.TriageVariables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.thymeleaf.context.Context;

/**
 * E-mails are screens: the alert's HTML part, as the SMTP server received it, and a weekly digest, opened in a real
 * browser the way a mail client shows them. Screenshots and the HTML go to target/browser-artifacts/.
 */
@Tag("browser")
class AlertMailBrowserTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private CsAlertMailer mailer;
  private WebDriver browser;

  @BeforeEach
  void mailerAndBrowser() {
    mailer = AlertFixtures.mailerFor(smtp);
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Renders the HTML part of the alert the SMTP server received and opens it; returns the visible text. */
  private String open(CsAlert alert, String name) throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    mailer.send(alert);
    return show(part(smtp.getReceivedMessages()[0], "text/html"), name);
  }

  private String show(String html, String name) throws Exception {
    Files.createDirectories(Browser.ARTIFACTS);
    Path file = Browser.ARTIFACTS.resolve(name + "-mail.html").toAbsolutePath();
    Files.writeString(file, html);
    browser.get(file.toUri().toString());
    Browser.save(browser, name);
    return browser.findElement(By.tagName("body")).getText();
  }

  private List<String> links() {
    return browser.findElements(By.tagName("a")).stream().map(a -> a.getText() + " -> " + a.getDomAttribute("href"))
        .toList();
  }

  @Test
  void aConfirmedAlertWithAttachedTicketsReadsAsTheOwnerNeedsIt() throws Exception {
    Map<String, Object> v = acmeVariables("Critical");
    v.put(TriageVariables.REQUESTER_NAME.name(), "J. R.");
    v.put(TriageVariables.TICKET_UPDATED_AT.name(), Date.from(Instant.parse("2026-11-02T08:12:00Z")));
    v.put(TriageVariables.HELPDESK_URL.name(), "https://acme-eu.zendesk.com/agent/tickets/4711");
    TriageVariables.SCORE_EXPLANATION.putInto(v, "\"unacceptable\" -2.50, \"broken\" -2.10, \"Broken\" -1.90");
    TriageVariables.DAYS_TO_RENEWAL.putInto(v, -5);
    List<CsAlert.AttachedTicket> attached = List.of(new CsAlert.AttachedTicket("4712", "Still no data", 80,
        Instant.parse("2026-11-02T10:00:00Z"), "https://acme-eu.zendesk.com/agent/tickets/4712"));
    CsAlert alert = AlertFixtures.composer(ReaderAccess.NONE, attached, AlertFixtures.properties())
        .compose("pi-1:ServiceTask_AlertCsOwner", "pi-1",
            new ReviewTask("task-9", "Sam Park", Instant.parse("2026-11-02T08:40:00Z")), v);

    String seen = open(alert, "cs-alert-confirmed");

    assertThat(seen).contains("Supervisor Sam Park reviewed this escalation and confirmed it on 2026-11-02 08:40 UTC.")
        .contains("The contact J. R. wrote on 2026-11-02 08:12 UTC:")
        .contains("MRR 4,200 USD", "renewal date passed 5 days ago")
        .contains("“unacceptable”, “broken”")
        .contains("Tickets attached to this alert", "4712 “Still no data”")
        .doesNotContain("-2.50", "in -5 days", "Tasklist", "Cockpit");
    assertThat(links()).containsExactly(
        "4712 “Still no data” · frustration 80/100 · attached 2026-11-02 10:00 UTC -> "
            + "https://acme-eu.zendesk.com/agent/tickets/4712",
        "Your task: act on this account -> https://triage.example/follow-through/pi-1",
        "Open the ticket in the helpdesk -> https://acme-eu.zendesk.com/agent/tickets/4711");
  }

  /** The owner reads the customer's own words and phrases, told which language they are in, to answer in it. */
  @Test
  void anAlertForATicketInGermanSaysWhichLanguageTheCustomerWroteIn() throws Exception {
    Map<String, Object> v = acmeVariables("High");
    TriageVariables.SUBJECT.putInto(v, "Export seit dem Update kaputt");
    TriageVariables.TICKET_TEXT.putInto(v, "Ich habe schon dreimal nachgefragt und immer noch keine Antwort. Das ist "
        + "inakzeptabel: der Export funktioniert seit dem Update nicht mehr.");
    TriageVariables.SCORE_EXPLANATION.putInto(v, "\"inakzeptabel\" -2.40, \"immer noch keine Antwort\" -1.80");
    TriageVariables.TICKET_LANGUAGE.putInto(v, "de");

    String seen = open(AlertFixtures.composer().compose("pi-5:ServiceTask_AlertCsOwner", "pi-5", null, v),
        "cs-alert-german");

    assertThat(seen).contains("What the customer says (in German)")
        .contains("Das ist inakzeptabel")
        .contains("“inakzeptabel”, “immer noch keine Antwort”");
  }

  /** English is the default: the heading names no language. */
  @Test
  void anAlertForATicketInEnglishNamesNoLanguage() throws Exception {
    Map<String, Object> v = acmeVariables("High");
    TriageVariables.TICKET_LANGUAGE.putInto(v, "en");

    String seen = open(AlertFixtures.composer().compose("pi-6:ServiceTask_AlertCsOwner", "pi-6", null, v),
        "cs-alert-english");

    assertThat(seen).contains("What the customer says").doesNotContain("(in English)");
  }

  @Test
  void anAlertAnAutomatedQueueSentSaysSoOnScreen() throws Exception {
    Map<String, Object> v = acmeVariables("High");
    v.remove(TriageVariables.REVIEW_DECISION.name());
    v.remove(TriageVariables.REVIEW_COMMENT.name());
    v.put(TriageVariables.ESCALATION_ROUTE.name(), "ALERT");
    v.put(TriageVariables.ROLLOUT_QUEUE.name(), "churn");
    v.put(TriageVariables.ROLLOUT_STAGE.name(), "PROBATION");
    v.put(TriageVariables.AUDIT_SAMPLED.name(), true);

    String seen = open(AlertFixtures.composer().compose("pi-2:ServiceTask_AlertCsOwner", "pi-2", null, v),
        "cs-alert-automatic");

    assertThat(seen).contains("Sent automatically, without a supervisor's review: queue “churn” (stage PROBATION)")
        .contains("a supervisor will check it afterwards")
        .doesNotContainIgnoringCase("supervisor confirmed");
  }

  @Test
  void anAlertNobodyReviewedInTimeSaysSoOnScreen() throws Exception {
    Map<String, Object> v = acmeVariables("Critical");
    v.remove(TriageVariables.REVIEW_DECISION.name());
    v.remove(TriageVariables.REVIEW_COMMENT.name());
    v.put(TriageVariables.ALERT_UNREVIEWED.name(), true);
    v.put(TriageVariables.ROLLOUT_QUEUE.name(), "churn");
    v.put(TriageVariables.ROLLOUT_STAGE.name(), "AUTOMATED");
    v.put(TriageVariables.REVIEW_SLA.name(), "PT4H");

    String seen = open(AlertFixtures.composer(AlertFixtures.CAMUNDA_USER, List.of(), AlertFixtures.properties())
        .compose("pi-3:ServiceTask_AlertCsOwnerUnreviewed", "pi-3", AlertFixtures.OPEN_REVIEW, v),
        "cs-alert-unreviewed");

    assertThat(seen).contains("Not reviewed in time.")
        .contains("within twice its review SLA of 4 hours")
        .doesNotContainIgnoringCase("supervisor confirmed").doesNotContain("PT4H");
    assertThat(links()).contains("Review task in Tasklist -> "
        + "https://triage.example/camunda/app/tasklist/default/#/?task=task-9");
  }

  @Test
  void aWeeklyDigestLinesCarryTheirSubjectsAndLinks() throws Exception {
    Digest digest = new Digest("Weekly digest", "Tickets the escalation gate put on your weekly list",
        "dana@cs.example", "Dana Whitfield", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), List.of(
            new Digest.AccountSection("Acme Corp", "yellow", true,
                "7-day average -0.3, yellow below -0.1; dropped from green within 21 days", List.of(
                    new Digest.DigestTicket("4711", "Export broken again", "Negative", 55, "Core workflow failure",
                        LocalDate.of(2026, 11, 4), "https://acme-support.zendesk.com/agent/tickets/4711"),
                    new Digest.DigestTicket("4730", "Invoice PDF is blank", "Negative", 52, "Billing",
                        LocalDate.of(2026, 11, 6), "https://acme-support.zendesk.com/agent/tickets/4730")))),
        // Issue 18, triage.follow-through.advocacy=digest: a promoter's ticket in its own section.
        List.of(new Digest.AccountSection("Globex Logistics", "green", false, "7-day average 0.4", List.of(
            new Digest.DigestTicket("4742", "You saved our launch", "Promoter", 0, "Onboarding",
                LocalDate.of(2026, 11, 5), "https://acme-support.zendesk.com/agent/tickets/4742")))));
    Context model = new Context();
    model.setVariable("digest", digest);

    String seen = show(CsAlertMailer.mailTemplates().process("cs-digest.html", model), "cs-digest-weekly");

    assertThat(seen).contains("4711 “Export broken again”", "4730 “Invoice PDF is blank”", "Advocacy opportunities");
    assertThat(seen.indexOf("Advocacy opportunities")).isGreaterThan(seen.indexOf("4730"));
    assertThat(browser.findElements(By.tagName("a")).stream().map(WebElement::getText).toList())
        .containsExactly("4711 “Export broken again”", "4730 “Invoice PDF is blank”", "4742 “You saved our launch”");
  }
}
