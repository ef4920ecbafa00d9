package com.sentimenttriage.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import com.sentimenttriage.support.Tasklist;
import java.time.Duration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A CS owner follows the alert's link to their own task, reads the alert, the playbook and the account in the
 * Camunda Form, and records what they did, in a real browser. Its account (Orchid Manufacturing Co, owner Lena
 * Fischer) is used by no other test of the shared context.
 */
@Tag("browser")
class FollowThroughBrowserTest extends BrowserTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theOwnerOpensTheirTaskFromTheAlertsLinkAndRecordsTheOutcome() throws Exception {
    Task review = postTicketAndAwaitItsTask("""
        {"ticketId": "BROWSER-FT-1", "subject": "Invoices lost after the sync",
         "body": "This is the third time the sync lost our invoices. Unacceptable. We are reconsidering our renewal.",
         "requesterEmail": "john.smith@orchid-manufacturing.example", "channel": "email"}""");
    String alertInstanceId = review.getProcessInstanceId();
    assertThat(postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\": {\"reviewDecision\": {\"value\": \"confirm\"}}}").statusCode()).isEqualTo(204);
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processDefinitionKey(CsFollowThroughProcess.KEY)
        .processInstanceBusinessKey(CsFollowThroughProcess.businessKey(alertInstanceId)).singleResult(),
        t -> t != null);

    Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      tasklist.logIn("lena", "lena");
      // The alert's "your task" link, as the e-mail and the chat post carry it.
      browser.get(uri("/follow-through/" + alertInstanceId).toString());
      wait.until(driver -> driver.getCurrentUrl().endsWith("#/?task=" + task.getId()));
      WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
      wait.until(driver -> form.getText().contains("Act on the alert"));
      wait.until(driver -> tasklist.fieldValue("accountName").equals("Orchid Manufacturing Co"));
      assertThat(tasklist.fieldValue("playbookSteps")).startsWith("1. Acknowledge the customer's message");
      assertThat(tasklist.fieldValue("alertContent")).contains("Invoices lost after the sync");
      assertThat(browser.getPageSource()).contains(task.getName());

      tasklist.claim(task.getId(), "lena");
      Browser.save(browser, "follow-through-owner-task");
      tasklist.choose("Call booked");
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
          browser.findElement(By.cssSelector(".fjs-container [name='playbookSteps'], .fjs-container textarea")));
      Browser.save(browser, "follow-through-owner-task-playbook");
      tasklist.complete(task.getId());
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "follow-through-owner-task-failure");
      throw e;
    }

    assertThat(jdbc.queryForMap("select outcome, recorded_by from follow_through_outcome "
        + "where alert_process_instance_id = ?", alertInstanceId))
        .containsEntry("outcome", "call-booked").containsEntry("recorded_by", "lena");
  }

  @Test
  void theDashboardShowsTheFollowThroughMeasuresWithTheirEmptyStatesSayingWhatToDo() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      browser.get(uri("/dashboard").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("supervisor");
      browser.findElement(By.id("password")).sendKeys("supervisor");
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-through")));
      WebElement ticketToAlert = panel.findElement(By.cssSelector("[data-measure='ticketToAlert']"));
      wait.until(driver -> !ticketToAlert.getText().isBlank());
      // Filled, or the sentence that says what fills it: never a bare dash or a blank.
      assertThat(ticketToAlert.getText()).matches("(median .* min, p90 .* min \\(\\d+ alerts\\)|No alert yet: .*)");
      assertThat(panel.findElement(By.cssSelector("[data-measure='caughtBeforeRenewal']")).getText())
          .matches("(.* %.*|No account alerted yet: .*)");
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", panel);
      Browser.save(browser, "follow-through-dashboard");
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "follow-through-dashboard-failure");
      throw e;
    }
  }
}
