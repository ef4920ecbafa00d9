package com.sentimenttriage.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.rollout.Rollout;
import com.sentimenttriage.rollout.RolloutStage;
import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import com.sentimenttriage.support.Tasklist;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor opens the dashboard in a real browser, sees the charts drawn with data, reviews an escalation in
 * Tasklist through the Camunda Form (one sign-in for both), and sees the dashboard's precision move. Screenshots go
 * to target/browser-artifacts.
 */
@Tag("browser")
class DashboardBrowserTest extends BrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ScoredTicketStore scoredTickets;

  @Autowired
  AccountTrends trends;

  @Autowired
  Rollout rollout;

  @Test
  void theDashboardDrawsItsChartsAndItsPrecisionFollowsAReviewInTasklist() throws Exception {
    JsonNode accepted = JSON.readTree(postJson("/api/webhooks/generic", """
        {"ticketId": "DASH-%s", "subject": "Invoices wrong again",
         "body": "Third time I write. Every invoice this month is wrong, billing charged us twice and nobody answers. Unacceptable, we are considering cancelling.",
         "requesterEmail": "ops@maple-media.example", "channel": "email"}""".formatted(UUID.randomUUID())).body());
    String instanceId = accepted.get("processInstanceId").asText();
    String businessKey = accepted.get("businessKey").asText();
    // A queue of this test's own, so the stage history has a change to draw whatever ran before.
    String queue = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    rollout.change(queue, RolloutStage.PROBATION, "admin", "Dashboard browser test");
    Task task = await().atMost(Duration.ofSeconds(60)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult(), t -> t != null);

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      openDashboardSignedIn(wait);

      assertThat(chartDrawn("chart-sentiment")).as("average sentiment chart").isTrue();
      assertThat(chartDrawn("chart-topics")).as("negative tickets by topic chart").isTrue();
      assertThat(chartDrawn("chart-rollout")).as("rollout stage history chart").isTrue();
      // A timeline: one row per queue, a bar per stage it was in, the stages in the legend.
      assertThat(((JavascriptExecutor) browser).executeScript("""
          const chart = Chart.getChart(document.getElementById('chart-rollout'));
          return [chart.config.type, chart.options.indexAxis, chart.data.labels.includes(arguments[0]),
              chart.data.datasets.map(d => d.label).join(',')].join(' ');""", queue))
          .isEqualTo("bar y true passive,assistive,probation,automated");
      assertThat(browser.findElement(By.id("empty-state")).isDisplayed()).isFalse();
      WebElement account = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.xpath("//table[@id='accounts']//tr[.//a[text()='Maple Media AG']]")));
      assertThat(sparklineDrawn(account)).as("Maple Media AG's 30-day sparkline").isTrue();
      AccountTrend gate = trends.trendOf(Long.parseLong(account.getAttribute("data-account-id")), null,
          Instant.now());
      WebElement light = account.findElement(By.className("light"));
      assertThat(light.getAttribute("data-light")).as("the light the gate sees").isEqualTo(gate.light().value());
      assertThat(light.getText()).startsWith(gate.light().value());
      WebElement precision = browser.findElement(By.id("precision-value"));
      int reviewedBefore = Integer.parseInt(precision.getAttribute("data-judged"));
      int confirmedBefore = Integer.parseInt(precision.getAttribute("data-correct"));
      Browser.save(browser, "dashboard-before-review");

      // The drill-down: the account's tickets by subject, linked to Cockpit (and the helpdesk where configured).
      account.findElement(By.tagName("a")).click();
      WebElement subject = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//div[@id='account-tickets']//tr[@data-business-key='" + businessKey + "']/td[@class='subject']")));
      assertThat(subject.getText()).startsWith("Invoices wrong again");
      assertThat(subject.findElement(By.cssSelector(".ticket-id a")).getAttribute("href"))
          .endsWith("/camunda/app/cockpit/default/#/process-instance/" + instanceId);
      ((JavascriptExecutor) browser).executeScript("document.getElementById('account-tickets').scrollIntoView();");
      Browser.save(browser, "dashboard-account-drill-down");
      ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");

      // Whichever decision moves the figure: dismiss when every review so far was confirmed, else confirm.
      boolean allConfirmed = reviewedBefore > 0 && confirmedBefore == reviewedBefore;
      // One sign-in: Tasklist opens with the dashboard's, without a login of its own.
      Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
      tasklist.open();
      tasklist.waitUntilSignedIn();
      tasklist.openReview(task.getId());
      tasklist.claim(task.getId(), "supervisor");
      tasklist.choose(allConfirmed ? "Dismiss" : "Confirm");
      tasklist.complete(task.getId());
      await().atMost(Duration.ofSeconds(60)).until(() -> scoredTickets.reviewDecision(businessKey).isPresent());

      // And the dashboard is still signed in after Tasklist.
      browser.get(uri("/dashboard").toString());
      assertThat(browser.findElements(By.id("username"))).as("a second login").isEmpty();
      waitUntilLoaded(wait);
      WebElement after = browser.findElement(By.id("precision-value"));
      int reviewedAfter = Integer.parseInt(after.getAttribute("data-judged"));
      int confirmedAfter = Integer.parseInt(after.getAttribute("data-correct"));
      assertThat(reviewedAfter).isEqualTo(reviewedBefore + 1);
      assertThat(confirmedAfter).isEqualTo(allConfirmed ? confirmedBefore : confirmedBefore + 1);
      // The figure shown is the new share, rounded to a whole percent. Whether the rounded text changes depends on
      // how many reviews the shared test database holds already (92.3 % and 92.4 % both read "92%"), so the text is
      // checked against the counts, not against the text before.
      assertThat(after.getText()).isEqualTo(Math.round(100.0 * confirmedAfter / reviewedAfter) + "%");
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
