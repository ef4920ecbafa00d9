package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app's pages still work in a browser that enforces their Content-Security-Policy (no inline script or style):
 * the login page signs in, and the rollout page's script fills its table from the API.
 */
@Tag("browser")
class ContentSecurityPolicyBrowserTest extends BrowserTest {

  @Test
  void theRolloutPageFillsItsTablesUnderThePolicy() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      browser.get(uri("/rollout/index.html").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("supervisor");
      browser.findElement(By.id("password")).sendKeys("supervisor");
      browser.findElement(By.cssSelector("button[type='submit']")).click();

      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queues tbody tr")));
      assertThat(browser.findElements(By.cssSelector("#queues tbody tr"))).isNotEmpty();
      assertThat(browser.findElement(By.tagName("body")).getCssValue("font-family"))
          .as("the page's style sheet applies").contains("sans-serif");
    } catch (RuntimeException | AssertionError e) {
      Browser.save(browser, "csp-rollout-failure");
      throw e;
    }
  }
}
