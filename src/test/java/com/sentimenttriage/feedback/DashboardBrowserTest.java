package com.sentimenttriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.Tasklist;
import java.time.Duration;
import java.util.UUID;
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
 * A supervisor opens the dashboard in a real browser, sees the charts drawn with data, reviews an escalation in
 * Tasklist through the Camunda Form, and sees the dashboard's precision move. Screenshots go to
 * target/browser-artifacts.
 */
@Tag("browser")
class DashboardBrowserTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TaskService taskService;

  @Autowired
  ScoredTicketStore scoredTickets;

  private WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDashboardDrawsItsChartsAndItsPrecisionFollowsAReviewInTasklist() throws Exception {
    browser = Browser.start();
    JsonNode accepted = JSON.readTree(postJson("/api/webhooks/generic", """
        {"ticketId": "DASH-%s", "subject": "Invoices wrong again",
         "body": "Third time I write. Every invoice this month is wrong, billing charged us twice and nobody answers. Unacceptable, we are considering cancelling.",
         "requesterEmail": "ops@maple-media.example", "channel": "email"}""".formatted(UUID.randomUUID())).body());
    String instanceId = accepted.get("processInstanceId").asText();
    String businessKey = accepted.get("businessKey").asText();
    Task task = await().atMost(Duration.ofSeconds(60)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult(), t -> t != null);

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      openDashboardSignedIn(wait);

      assertThat(chartDrawn("chart-sentiment")).as("average sentiment chart").isTrue();
      assertThat(chartDrawn("chart-topics")).as("negative tickets by topic chart").isTrue();
      assertThat(browser.findElement(By.id("empty-state")).isDisplayed()).isFalse();
      WebElement account = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.xpath("//table[@id='accounts']//tr[.//a[text()='Maple Media AG']]")));
      assertThat(sparklineDrawn(account)).as("Maple Media AG's 30-day sparkline").isTrue();
      WebElement precision = browser.findElement(By.id("precision-value"));
      int reviewedBefore = Integer.parseInt(precision.getAttribute("data-reviewed"));
      int confirmedBefore = Integer.parseInt(precision.getAttribute("data-confirmed"));
      String precisionBefore = precision.getText();
      Browser.save(browser, "dashboard-before-review");

      // Whichever decision moves the figure: dismiss when every review so far was confirmed, else confirm.
      boolean allConfirmed = reviewedBefore > 0 && confirmedBefore == reviewedBefore;
      Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
      tasklist.logIn("supervisor", "supervisor");
      tasklist.openReview(task.getId());
      tasklist.claim(task.getId(), "supervisor");
      tasklist.choose(allConfirmed ? "Dismiss" : "Confirm");
      tasklist.complete(task.getId());
      await().atMost(Duration.ofSeconds(60)).until(() -> scoredTickets.reviewDecision(businessKey).isPresent());

      // Camunda's webapp login starts a new session, so the dashboard asks for the password again.
      openDashboardSignedIn(wait);
      WebElement after = browser.findElement(By.id("precision-value"));
      assertThat(Integer.parseInt(after.getAttribute("data-reviewed"))).isEqualTo(reviewedBefore + 1);
      assertThat(after.getText()).isNotEqualTo(precisionBefore).endsWith("%");
      assertThat(chartDrawn("chart-precision")).as("precision chart").isTrue();
      Browser.save(browser, "dashboard-after-review");
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "dashboard-failure");
      throw e;
    }
  }

  private void openDashboardSignedIn(WebDriverWait wait) {
    browser.get(uri("/dashboard").toString());
    wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("username")),
        ExpectedConditions.presenceOfElementLocated(By.id("precision-value"))));
    if (!browser.findElements(By.id("username")).isEmpty()) {
      browser.findElement(By.id("username")).sendKeys("supervisor");
      browser.findElement(By.id("password")).sendKeys("supervisor");
      browser.findElement(By.cssSelector("button[type='submit']")).click();
    }
    waitUntilLoaded(wait);
  }

  private void waitUntilLoaded(WebDriverWait wait) {
    // The page may still be navigating (login redirect, reload): a body from the old page is simply looked up again.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }

  /** Chart.js holds an instance for the canvas, and the canvas was given a real size. */
  private boolean chartDrawn(String canvasId) {
    return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("""
        const canvas = document.getElementById(arguments[0]);
        const chart = Chart.getChart(canvas);
        return chart !== undefined && canvas.width > 0 && canvas.height > 0
            && chart.data.datasets.some(d => d.data.some(v => v !== null));""", canvasId));
  }

  private boolean sparklineDrawn(WebElement row) {
    return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
        "const c = arguments[0].querySelector('canvas'); return Chart.getChart(c) !== undefined && c.width > 0;",
        row));
  }
}
