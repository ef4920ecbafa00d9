package com.sentimenttriage.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.accounts.LinkUnattachedTicketProcess;
import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import com.sentimenttriage.support.Tasklist;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervisor reviews an escalation, and a CS manager chooses the account of an unattached ticket, the way people
 * do: in Tasklist, through the Camunda Forms, in a real browser, with screenshots of the list, the review form's
 * first screen and its details, a German ticket's review, and the choose-account form (target/browser-artifacts).
 * Its account (Globex Logistics) is used by no other test of the shared context, so the only cooldown is the one this
 * test causes.
 */
@Tag("browser")
class TasklistReviewBrowserTest extends BrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aSupervisorConfirmsAnEscalationInTasklistAndTheOwnerIsAlerted() throws Exception {
    Task task = postTicketAndAwaitItsTask("""
        {"ticketId": "BROWSER-1", "subject": "Numbers wrong in every report",
         "body": "This is the second time this month. The numbers are wrong in every report and nobody answers. Unacceptable.",
         "requesterEmail": "it@globex.example", "channel": "email"}""");
    String instanceId = task.getProcessInstanceId();
    // A second ticket of the account on the same topic while the alert is open: the cooldown attaches it.
    String attachedId = JSON.readTree(postJson("/api/webhooks/generic", """
        {"ticketId": "BROWSER-2", "subject": "Numbers wrong in every report",
         "body": "This is the second time this month. The numbers are wrong in every report and nobody answers. Unacceptable.",
         "requesterEmail": "it@globex.example", "channel": "email"}""").body())
        .get("processInstanceId").asText();
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(attachedId).count() == 0);
    assertThat(jdbc.queryForList("select alert_process_instance_id from alert_attachment where business_key = ?",
        String.class, "generic:BROWSER-2")).containsExactly(instanceId);

    Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
    try {
      tasklist.logIn("supervisor", "supervisor");
      assertThat(tasklist.selectedFilter()).startsWith(TasklistFilters.SUPERVISORS_FILTER);
      String severity = (String) runtimeService.getVariable(instanceId, "severity");
      assertThat(tasklist.taskNames("Globex Logistics")).contains(
          "Review escalation — Globex Logistics: Numbers wrong in every report (" + severity + ")");
      Browser.save(browser, "tasklist-list");

      tasklist.openReview(task.getId());
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(driver -> tasklist.fieldValue("accountName").equals("Globex Logistics"));
      assertThat(tasklist.fieldValue("ticketId")).isEqualTo("BROWSER-1");
      assertThat(tasklist.fieldValue("reviewDueAt")).contains("UTC").doesNotContain("PT");

      tasklist.claim(task.getId(), "supervisor");
      assertThat((String) runtimeService.getVariable(instanceId, "attachedTickets")).contains("generic:BROWSER-2");
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(driver -> tasklist.fieldValue("attachedTickets").contains("generic:BROWSER-2"));
      tasklist.choose("Confirm: alert the CS owner");
      Browser.save(browser, "tasklist-review-first-screen");
      tasklist.scrollTo("Conversation thread");
      Browser.save(browser, "tasklist-review-details");
      tasklist.complete(task.getId());
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "tasklist-review-failure");
      throw e;
    }

    assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
    MimeMessage alert = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> subjectOf(m).contains("Numbers wrong in every report"))
        .findFirst().orElseThrow();
    assertThat(alert.getSubject()).contains("Globex Logistics");
  }

  /**
   * A German ticket (Atlas Telecom GmbH, used by no other test) reaches the supervisor in the customer's words, with
   * the language the scorer detected and the German phrases that drove the score. It opens the task's link right
   * after signing in, while the first Tasklist page still makes its calls: the concurrent webapp requests under
   * which Camunda's one nonce per server once left the page without scripts (WebappCspNonce).
   */
  @Test
  void aSupervisorReviewsATicketWrittenInGerman() throws Exception {
    Task task = postTicketAndAwaitItsTask("""
        {"ticketId": "BROWSER-DE", "subject": "Rechnungen doppelt abgebucht",
         "body": "Ich habe schon dreimal geschrieben und immer noch keine Antwort. Sie haben uns zweimal abgebucht, das ist inakzeptabel. Wenn das nicht sofort erstattet wird, kündigen wir den Vertrag.",
         "requesterEmail": "p.silva@atlas-telecom.example", "channel": "email"}""");

    Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
    try {
      tasklist.logIn("supervisor", "supervisor");
      WebElement form = tasklist.openReview(task.getId());
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(driver -> tasklist.fieldValue("ticketText").startsWith("Ich habe schon dreimal geschrieben"));
      assertThat(form.getText()).contains("Language (detected)").contains("German");
      assertThat(tasklist.fieldValue("scoreExplanation")).contains("inakzeptabel");
      Browser.save(browser, "tasklist-review-german");
      tasklist.scrollTo("Ticket and scores");
      Browser.save(browser, "tasklist-review-german-details");
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "tasklist-review-german-failure");
      throw e;
    }
  }

  @Test
  void aCsManagerSearchesAndPicksTheAccountOfAnUnattachedTicketInTheForm() throws Exception {
    postJson("/api/webhooks/generic", """
        {"ticketId": "BROWSER-3", "subject": "Invoice shows the wrong seats",
         "body": "Our invoice lists 40 seats but we only have 25. Please correct it before we pay.",
         "requesterEmail": "pat@browser-newcorp.example", "channel": "email"}""");
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processDefinitionKey(LinkUnattachedTicketProcess.KEY).processInstanceBusinessKey("generic:BROWSER-3")
        .singleResult(), t -> t != null);
    assertThat(task.getName()).isEqualTo("Choose account — browser-newcorp.example: Invoice shows the wrong seats");

    Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
    try {
      tasklist.logIn("manager", "manager");
      tasklist.openTask(task.getId(), "Which account does this ticket belong to?");
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(driver -> tasklist.fieldValue("ticketText").startsWith("Our invoice lists 40 seats"));
      tasklist.claim(task.getId(), "manager");
      tasklist.choose("Link the requester to an account");
      tasklist.search("glob", "Globex Logistics");
      Browser.save(browser, "tasklist-choose-account-search");
      tasklist.pick("Globex Logistics");
      Browser.save(browser, "tasklist-choose-account");
      tasklist.complete(task.getId());
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "tasklist-choose-account-failure");
      throw e;
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
        "select account_id from contact where email = ?", Long.class, "pat@browser-newcorp.example"),
        linked -> linked.equals(List.of(2L)));
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
