package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.rollout.Rollout;
import com.sentimenttriage.rollout.RolloutStage;
import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import com.sentimenttriage.support.ThrowawayUsers;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's pages work in a browser that enforces their Content-Security-Policy (no inline script or style): the
 * sign-in page carries the product's name and look and signs in, and the rollout page fills its tables from the API
 * and lets a process admin change a stage, with the session's CSRF token and the API's rules. Screenshots go to
 * target/browser-artifacts.
 */
@Tag("browser")
class ContentSecurityPolicyBrowserTest extends BrowserTest {

  /** A queue the stage change tests move; put back into the demo default for the tests after. */
  private static final String QUEUE = "social";

  @Autowired
  Rollout rollout;

  @Autowired
  private IdentityService identityService;

  @AfterEach
  void restoreTheDefaultStage() {
    if (rollout.stageOf(QUEUE).stage() != RolloutStage.ASSISTIVE) {
      rollout.change(QUEUE, RolloutStage.ASSISTIVE, "test-cleanup", "restore the demo default");
    }
  }

  @Test
  void theSignInPageCarriesTheProductsNameAndLook() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      browser.get(uri("/camunda/app/tasklist/default/").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      assertThat(browser.getTitle()).contains("Sentiment triage");
      assertThat(browser.findElement(By.cssSelector("header .brand")).getText()).isEqualTo("Sentiment triage");
      assertThat(browser.findElement(By.tagName("header")).getCssValue("background-color"))
          .as("the dashboard's header, so its style sheet applies under the policy").isEqualTo("rgba(30, 41, 59, 1)");
      Browser.save(browser, "sign-in");

      // A user of its own: a wrong password makes Camunda pause that user's sign-ins, and the demo users are the
      // other browser tests' (the single sign-on test, run next, was refused as "supervisor").
      ThrowawayUsers users = new ThrowawayUsers(identityService);
      try {
        browser.findElement(By.id("username")).sendKeys(users.create("mistyped", "right-password"));
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")));
        assertThat(error.getText()).contains("did not match");
      } finally {
        users.deleteAll();
      }
      Browser.save(browser, "sign-in-failed");
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "sign-in-failure");
      throw e;
    }
  }

  @Test
  void aProcessAdminChangesAStageOnTheRolloutPageWithTheApisRules() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn("/rollout", "admin", wait);
      WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("#queues tr[data-queue='" + QUEUE + "']")));
      assertThat(row.findElement(By.cssSelector(".stage")).getText()).isEqualTo("assistive");
      WebElement precision = row.findElement(By.cssSelector("td.precision"));
      assertThat(precision.getAttribute("data-judged"))
          .isEqualTo(String.valueOf(rollout.status(QUEUE).precision().judged()));
      assertThat(browser.findElement(By.cssSelector("header nav a[aria-current='page']")).getText())
          .isEqualTo("Rollout");

      int changesBefore = rollout.history(QUEUE).size();
      // The API's rules: a queue already in that stage is refused, with the API's own words.
      new Select(row.findElement(By.name("stage"))).selectByValue("ASSISTIVE");
      row.findElement(By.name("reason")).sendKeys("No change");
      row.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(ExpectedConditions.textToBePresentInElement(row.findElement(By.cssSelector(".result")),
          "already in stage ASSISTIVE"));
      assertThat(rollout.history(QUEUE)).hasSize(changesBefore);

      row.findElement(By.name("reason")).clear();
      new Select(row.findElement(By.name("stage"))).selectByValue("PROBATION");
      row.findElement(By.name("reason")).sendKeys("Two weeks of reviews above 95%");
      row.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(ExpectedConditions.textToBe(
          By.cssSelector("#queues tr[data-queue='" + QUEUE + "'] .stage"), "probation"));
      assertThat(rollout.stageOf(QUEUE).stage()).isEqualTo(RolloutStage.PROBATION);
      assertThat(rollout.history(QUEUE).get(0).changedBy()).isEqualTo("admin");
      WebElement latest = browser.findElement(By.cssSelector("#history tbody tr"));
      assertThat(latest.getText()).contains(QUEUE).contains("Two weeks of reviews above 95%").contains("(this minute)");
      assertThat(latest.findElement(By.cssSelector("td.when")).getText())
          .as("a readable time, not an ISO instant").doesNotContain("T").doesNotContain("Z");
      Browser.save(browser, "rollout-page-admin");
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "rollout-admin-failure");
      throw e;
    }
  }

  @Test
  void aSupervisorReadsTheRolloutPageWithoutAStageChangeForm() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn("/rollout", "supervisor", wait);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queues tbody tr")));
      assertThat(browser.findElements(By.cssSelector("#queues tbody tr"))).isNotEmpty();
      assertThat(browser.findElements(By.cssSelector("form.stage-change"))).isEmpty();
      assertThat(browser.findElement(By.tagName("body")).getCssValue("font-family"))
          .as("the page's style sheet applies").contains("sans-serif");
      Browser.save(browser, "rollout-page-supervisor");
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "csp-rollout-failure");
      throw e;
    }
  }

  private void signIn(String page, String user, WebDriverWait wait) {
    browser.get(uri(page).toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }
}
