package com.sentimenttriage.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import com.sentimenttriage.support.Tasklist;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supervisor reviews an escalation the way people do: in Tasklist, through the Camunda Form, in a real browser.
 * Its account (Globex Logistics) is used by no other test of the shared context, so no cooldown applies.
 */
@Tag("browser")
class TasklistReviewBrowserTest extends BrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSupervisorConfirmsAnEscalationInTasklistAndTheOwnerIsAlerted() throws Exception {
    String instanceId = JSON.readTree(postJson("/api/webhooks/generic", """
        {"ticketId": "BROWSER-1", "subject": "Numbers wrong in every report",
         "body": "This is the second time this month. The numbers are wrong in every report and nobody answers. Unacceptable.",
         "requesterEmail": "it@globex.example", "channel": "email"}""").body())
        .get("processInstanceId").asText();
    Task task = await().atMost(Duration.ofSeconds(30)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult(), t -> t != null);

    Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
    try {
      tasklist.logIn("supervisor", "supervisor");
      tasklist.openReview(task.getId());
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(driver -> tasklist.fieldValue("accountName").equals("Globex Logistics"));
      assertThat(tasklist.fieldValue("ticketId")).isEqualTo("BROWSER-1");

      tasklist.claim(task.getId(), "supervisor");
      tasklist.choose("Confirm: alert the CS owner");
      Browser.save(browser, "tasklist-review-form");
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

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
