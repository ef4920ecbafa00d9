package com.sentimenttriage.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.IntegrationTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor reviews an escalation the way people do: in Tasklist, through the Camunda Form, in a real browser.
 * Its account (Globex Logistics) is used by no other test of the shared context, so no cooldown applies.
 */
@Tag("browser")
class TasklistReviewBrowserTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TaskService taskService;

  private WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aSupervisorConfirmsAnEscalationInTasklistAndTheOwnerIsAlerted() throws Exception {
    browser = Browser.start();
    String instanceId = JSON.readTree(postJson("/api/webhooks/generic", """
        {"ticketId": "BROWSER-1", "subject": "Numbers wrong in every report",
         "body": "This is the second time this month. The numbers are wrong in every report and nobody answers. Unacceptable.",
         "requesterEmail": "it@globex.example", "channel": "email"}""").body())
        .get("processInstanceId").asText();
    Task task = await().atMost(Duration.ofSeconds(30)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult(), t -> t != null);

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      browser.get(uri("/camunda/app/tasklist/default/").toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
          .sendKeys("supervisor");
      browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("supervisor");
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));

      browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task.getId()).toString());
      WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
      wait.until(driver -> form.getText().contains("Review this escalation"));
      wait.until(driver -> fieldValue("accountName").equals("Globex Logistics"));
      assertThat(fieldValue("ticketId")).isEqualTo("BROWSER-1");

      // Tasklist keeps a form read-only until the supervisor claims the task.
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      await().atMost(Duration.ofSeconds(30)).until(
          () -> "supervisor".equals(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()));
      WebElement confirm = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.xpath("//label[contains(normalize-space(), 'Confirm: alert the CS owner')]//input[@type='radio']")));
      wait.until(driver -> confirm.isEnabled());
      ((JavascriptExecutor) browser).executeScript("arguments[0].click();", confirm);
      Browser.save(browser, "tasklist-review-form");
      WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
          By.cssSelector("button[ng-click='complete()']")));
      ((JavascriptExecutor) browser).executeScript("arguments[0].click();", complete);
      await().atMost(Duration.ofSeconds(30)).until(
          () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
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

  /** The value a form-js field shows, found by its key (form-js names its inputs after the key). */
  private String fieldValue(String key) {
    return browser.findElements(By.cssSelector(".fjs-container [name='" + key + "'], .fjs-container [id$='-" + key
        + "'], .fjs-container [id$='Field_" + Character.toUpperCase(key.charAt(0)) + key.substring(1) + "']"))
        .stream().map(e -> e.getAttribute("value")).filter(v -> v != null && !v.isEmpty())
        .findFirst().orElse("");
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
