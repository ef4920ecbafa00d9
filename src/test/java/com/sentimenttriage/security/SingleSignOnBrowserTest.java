package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import com.sentimenttriage.support.Tasklist;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in and sign-out a supervisor sees in a real browser: one sign-in on the app's login page opens Tasklist
 * and the dashboard; Tasklist's own login form, which it shows after its "Sign out", signs in to both again; and
 * "Sign out" on either side signs out of both.
 */
@Tag("browser")
class SingleSignOnBrowserTest extends BrowserTest {

  private static final By CAMUNDA_USERNAME = By.cssSelector("input[ng-model='username']");

  @Test
  void signingInAndOutOnEitherSideActsOnBoth() {
    Tasklist tasklist = new Tasklist(browser, this::uri, taskService);
    try {
      tasklist.logIn("supervisor", "supervisor");
      assertThat(dashboardSignedIn()).as("the dashboard after signing in for Tasklist").isTrue();

      signOutOfTasklist(tasklist);
      Browser.save(browser, "sso-tasklist-signed-out");
      browser.findElement(CAMUNDA_USERNAME).sendKeys("supervisor");
      browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("supervisor");
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      tasklist.waitUntilSignedIn();
      assertThat(dashboardSignedIn()).as("the dashboard after Tasklist's own login").isTrue();

      signOutOfTasklist(tasklist);
      assertThat(dashboardSignedIn()).as("the dashboard after Tasklist's sign-out").isFalse();

      tasklist.logIn("supervisor", "supervisor");
      assertThat(dashboardSignedIn()).isTrue();
      browser.findElement(By.cssSelector("form.sign-out button")).click();
      // The sign-out is a form post: wait for the login page it leads to, or Tasklist may open before it lands.
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(
          ExpectedConditions.presenceOfElementLocated(By.id("username")));
      tasklist.open();
      assertThat(browser.findElements(By.id("username"))).as("Tasklist after the dashboard's sign-out").isNotEmpty();
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "sso-failure");
      throw e;
    }
  }

  /** Tasklist's "Sign out" in the user menu; Tasklist then shows its own login form. */
  private void signOutOfTasklist(Tasklist tasklist) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    tasklist.open();
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.logout a"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(CAMUNDA_USERNAME));
  }

  /** Opens the dashboard: its page, or the login page in its place. */
  private boolean dashboardSignedIn() {
    browser.get(uri("/dashboard").toString());
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.or(
        ExpectedConditions.presenceOfElementLocated(By.id("username")),
        ExpectedConditions.presenceOfElementLocated(By.id("precision-value"))));
    return browser.findElements(By.id("username")).isEmpty();
  }
}
