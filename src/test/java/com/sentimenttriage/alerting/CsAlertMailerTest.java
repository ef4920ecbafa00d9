package com.sentimenttriage.alerting;

import static com.sentimenttriage.alerting.AlertFixtures.GATE_RISK_FACTORS;
import static com.sentimenttriage.alerting.AlertFixtures.CAMUNDA_USER;
import static com.sentimenttriage.alerting.AlertFixtures.HEALTH_CHANGE_THIS_WEEK;
import static com.sentimenttriage.alerting.AlertFixtures.OPEN_REVIEW;
import static com.sentimenttriage.alerting.AlertFixtures.acmeVariables;
import static com.sentimenttriage.alerting.AlertFixtures.composer;
import static com.sentimenttriage.alerting.MailParts.part;
import static com.sentimenttriage.alerting.MailParts.riskFactors;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sentimenttriage.triage.TriageVariables;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert as the CS owner receives it, rendered from the real templates and sent through a real SMTP server. */
class CsAlertMailerTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private CsAlertMailer mailer;

  @BeforeEach
  void mailerForGreenMail() {
    mailer = AlertFixtures.mailerFor(smtp);
  }

  private MimeMessage send(CsAlert alert) {
    mailer.send(alert);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).isNotEmpty();
    return received[0];
  }

  @Test
  void aCriticalAlertGoesToTheOwnerWithTheManagerInCopyAndASubjectThatSorts() throws Exception {
    CsAlert alert = composer()
        .compose("pi-1:ServiceTask_AlertCsOwner", "pi-1", OPEN_REVIEW, acmeVariables("Critical"));

    MimeMessage mail = send(alert);

    assertThat(mail.getSubject()).isEqualTo("[Critical] Acme Corp — data disappeared after update (Renewal in 28 days)");
    assertThat(addresses(mail.getRecipients(RecipientType.TO))).containsExactly("dana@cs.example");
    assertThat(addresses(mail.getRecipients(RecipientType.CC))).containsExactly("morgan@cs.example");
    assertThat(smtp.getReceivedMessages()).hasSize(2); // one delivery per recipient
  }

  /**
   * Whoever could write a variable (a task completion, the engine's API) could otherwise send the account's data
   * anywhere: the recipient is the account's owner in the account directory, whatever the instance's variables say.
   */
  @Test
  void theAlertGoesToTheAccountsOwnerWhateverTheVariablesSayTheOwnerIs() throws Exception {
    Map<String, Object> variables = acmeVariables("Critical");
    variables.put("csOwnerEmail", "attacker@evil.example");
    variables.put("csOwnerName", "Mallory");
    variables.put("csManagerEmail", "accomplice@evil.example");

    MimeMessage mail = send(composer().compose("pi-6:ServiceTask_AlertCsOwner", "pi-6", null, variables));

    assertThat(addresses(mail.getRecipients(RecipientType.TO))).containsExactly("dana@cs.example");
    assertThat(addresses(mail.getRecipients(RecipientType.CC))).containsExactly("morgan@cs.example");
    assertThat(part(mail, "text/plain")).contains("Hello Dana Whitfield").doesNotContain("Mallory");
  }

  @Test
  void aHighAlertCopiesNobody() throws Exception {
    CsAlert alert = composer()
        .compose("pi-2:ServiceTask_AlertCsOwner", "pi-2", null, acmeVariables("High"));

    MimeMessage mail = send(alert);

    assertThat(mail.getSubject()).startsWith("[High] Acme Corp — ");
    assertThat(mail.getRecipients(RecipientType.CC)).isNull();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void thePlainTextPartHoldsEverythingTheOwnerNeedsInOneRead() throws Exception {
    CsAlert alert = composer(CAMUNDA_USER, List.of(), AlertFixtures.properties())
        .compose("pi-3:ServiceTask_AlertCsOwner", "pi-3", OPEN_REVIEW, acmeVariables("Critical"));

    String text = part(send(alert), "text/plain");

    assertThat(text)
        .contains("Health: 62/100, down 7 pts this week", "MRR 4,200 USD", "Enterprise", "renews 2026-11-30 (in 28 days)")
        .contains("Hello Dana Whitfield")
        .contains("all our project data disappeared and this is completely unacceptable.")
        .contains("we will cancel our contract.")
        .doesNotContain("Hello team.", "version 5.2 on Monday")
        .contains("Urgent, frustration 91/100", "Topics: Data loss, Cancellation",
            "Phrases that drove it: “unacceptable”, “disappeared”")
        .contains("Risk factors:", "- " + GATE_RISK_FACTORS.get(0))
        .contains("Recommended action: Call the customer today.")
        .contains("Supervisor's note: Known bug in 5.2, fix is ready")
        .contains("Ticket in the helpdesk: https://acme-support.zendesk.com/agent/tickets/4711")
        .contains("Review task in Tasklist: https://triage.example/camunda/app/tasklist/default/#/?task=task-9")
        .contains("Case in Cockpit: https://triage.example/camunda/app/cockpit/default/#/process-instance/pi-3");
  }

  @Test
  void accountValuesTakenFromTheLastSeenWhileTheCrmWasDownAreMarkedStale() throws Exception {
    Map<String, Object> variables = new HashMap<>(acmeVariables("High"));
    TriageVariables.ACCOUNT_STALE.putInto(variables, true);
    TriageVariables.ACCOUNT_SEEN_AT.putInto(variables, "2026-11-19T08:00Z");

    MimeMessage mail = send(composer().compose("pi-5:ServiceTask_AlertCsOwner", "pi-5", null, variables));

    assertThat(part(mail, "text/plain"))
        .contains("Account values stale: CRM unavailable, values as of 2026-11-19T08:00Z");
    assertThat(part(mail, "text/html")).contains("stale: CRM unavailable, values as of 2026-11-19T08:00Z");
    smtp.purgeEmailFromAllMailboxes();
    assertThat(part(send(composer().compose("pi-6:ServiceTask_AlertCsOwner", "pi-6", null, acmeVariables("High"))),
        "text/plain")).doesNotContain("stale");
  }

  @Test
  void theHtmlPartShowsTheSameContentWithLinks() throws Exception {
    CsAlert alert = composer(CAMUNDA_USER, List.of(), AlertFixtures.properties())
        .compose("pi-4:ServiceTask_AlertCsOwner", "pi-4", OPEN_REVIEW, acmeVariables("Critical"));

    String html = part(send(alert), "text/html");

    assertThat(html)
        .contains("[Critical] Acme Corp")
        .contains("completely unacceptable")
        .contains("<li>" + GATE_RISK_FACTORS.get(2) + "</li>")
        .contains("href=\"https://acme-support.zendesk.com/agent/tickets/4711\"")
        .contains("href=\"https://triage.example/camunda/app/tasklist/default/#/?task=task-9\"")
        .contains("Call the customer today.");
  }

  @Test
  void theRiskFactorsAreTheOnesTheGateWroteAndTheSupervisorSawThenTheHealthScoresFall() throws Exception {
    CsAlert alert = composer()
        .compose("pi-6:ServiceTask_AlertCsOwner", "pi-6", OPEN_REVIEW, acmeVariables("Critical"));

    String text = part(send(alert), "text/plain");

    List<String> expected = new ArrayList<>(AlertFixtures.ALERTED_RISK_FACTORS);
    expected.add("Health score down " + -HEALTH_CHANGE_THIS_WEEK + " this week");
    assertThat(riskFactors(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void aTicketWithoutAccountGoesToTheFallbackMailboxAndLeavesOutWhatIsUnknown() throws Exception {
    Map<String, Object> variables = new HashMap<>();
    TriageVariables.SOURCE.putInto(variables, "generic");
    TriageVariables.TICKET_ID.putInto(variables, "G-1");
    TriageVariables.SUBJECT.putInto(variables, "Login broken");
    TriageVariables.TICKET_TEXT.putInto(variables, "I cannot log in and I am furious about it.");
    TriageVariables.SENTIMENT_LABEL.putInto(variables, "Negative");
    TriageVariables.FRUSTRATION.putInto(variables, 82);
    TriageVariables.ACCOUNT_FOUND.putInto(variables, false);
    TriageVariables.ACCOUNT_NAME.putInto(variables, "Unattached");
    TriageVariables.SEVERITY.putInto(variables, "High");
    CsAlert alert = composer().compose("pi-5:ServiceTask_AlertCsOwner", "pi-5", null,
        variables);

    MimeMessage mail = send(alert);
    String text = part(mail, "text/plain");

    assertThat(addresses(mail.getRecipients(RecipientType.TO))).containsExactly("cs-managers@example");
    assertThat(mail.getSubject()).isEqualTo("[High] Unattached — Login broken");
    assertThat(text).contains("Hello CS team", "I cannot log in and I am furious about it.")
        .contains("Recommended action: Contact the customer and follow the ticket")
        .doesNotContain("Health", "MRR", "Risk factors", "helpdesk:", "Tasklist", "null");
  }

  @Test
  void theSameAlertSentTwiceCarriesOneMessageIdSoMailSystemsCanDropTheCopy() throws Exception {
    CsAlert alert = composer()
        .compose("pi-7:ServiceTask_AlertCsOwner", "pi-7", null, acmeVariables("High"));
    CsAlert other = composer()
        .compose("pi-8:ServiceTask_AlertCsOwner", "pi-8", null, acmeVariables("High"));

    // A node killed after the hand-over and before its commit: the step runs again and hands the alert over again.
    mailer.send(alert);
    mailer.send(alert);
    mailer.send(other);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(3);
    assertThat(received[0].getMessageID()).isEqualTo("<pi-7.ServiceTask_AlertCsOwner.alert@example>")
        .isEqualTo(received[1].getMessageID());
    assertThat(received[2].getMessageID()).isEqualTo("<pi-8.ServiceTask_AlertCsOwner.alert@example>");
  }

  @Test
  void aConfirmedAlertNamesTheSupervisorWhoConfirmedAndWhen() throws Exception {
    ReviewTask done = new ReviewTask("task-9", "Sam Park", java.time.Instant.parse("2026-11-02T08:40:00Z"));

    MimeMessage mail = send(composer(CAMUNDA_USER, List.of(), AlertFixtures.properties())
        .compose("pi-9:ServiceTask_AlertCsOwner", "pi-9", done, acmeVariables("High")));

    assertThat(part(mail, "text/plain"))
        .contains("Supervisor Sam Park reviewed this escalation and confirmed it on 2026-11-02 08:40 UTC.")
        // The task is done: a Tasklist link would open nothing, even for a reader with access.
        .doesNotContain("Review task in Tasklist");
  }

  @Test
  void theMrrCurrencyIsConfigurable() throws Exception {
    AlertProperties euros = new AlertProperties("triage@example", "cs-managers@example", "https://triage.example/",
        "R5/PT1M", java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.time.Duration.ofSeconds(2),
        "eur");

    assertThat(part(send(composer(ReaderAccess.NONE, List.of(), euros)
        .compose("pi-10:ServiceTask_AlertCsOwner", "pi-10", null, acmeVariables("High"))), "text/plain"))
        .contains("MRR 4,200 EUR");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AlertProperties("a", "b", "c", "R5/PT1M",
        java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.time.Duration.ofSeconds(2), "dollars"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTicketsTheCooldownAttachedAreListedWithSubjectAndLink() throws Exception {
    List<CsAlert.AttachedTicket> attached = List.of(
        new CsAlert.AttachedTicket("4712", "Still no data", 80, java.time.Instant.parse("2026-11-02T10:00:00Z"),
            "https://acme-support.zendesk.com/agent/tickets/4712"),
        new CsAlert.AttachedTicket("4720", null, 66, java.time.Instant.parse("2026-11-02T11:30:00Z"), null));

    MimeMessage mail = send(composer(ReaderAccess.NONE, attached, AlertFixtures.properties())
        .compose("pi-11:ServiceTask_AlertCsOwner", "pi-11", null, acmeVariables("High")));

    assertThat(part(mail, "text/plain").replace("\r\n", "\n")).contains("Tickets attached to this alert")
        .contains("  - 4712 “Still no data” · frustration 80/100 · attached 2026-11-02 10:00 UTC\n"
            + "    https://acme-support.zendesk.com/agent/tickets/4712")
        .contains("  - 4720 · frustration 66/100 · attached 2026-11-02 11:30 UTC");
    assertThat(part(mail, "text/html")).contains("href=\"https://acme-support.zendesk.com/agent/tickets/4712\"");
  }

  @Test
  void tasklistAndCockpitLinksGoOnlyToReadersWhoCanOpenThem() throws Exception {
    ReaderAccess tasklistOnly = new ReaderAccess() {
      @Override
      public boolean canOpenTask(String email, String taskId) {
        return email.equals("dana@cs.example") && taskId.equals("task-9");
      }

      @Override
      public boolean canOpenCockpit(String email) {
        return false;
      }
    };

    String text = part(send(composer(tasklistOnly, List.of(), AlertFixtures.properties())
        .compose("pi-12:ServiceTask_AlertCsOwner", "pi-12", OPEN_REVIEW, acmeVariables("High"))), "text/plain");

    assertThat(text).contains("Review task in Tasklist: https://triage.example/camunda/app/tasklist/default/#/?task=task-9")
        .doesNotContain("Cockpit");
  }

  private static String[] addresses(Address[] addresses) {
    return Arrays.stream(addresses).map(Address::toString).toArray(String[]::new);
  }
}
