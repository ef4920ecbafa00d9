package com.sentimenttriage.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.Browser;
import com.sentimenttriage.support.BrowserTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervisor opens the coaching view and the dashboard's campaign panel in a real browser. Screenshots:
 * target/browser-artifacts/coaching-view.png and dashboard-campaigns.png.
 */
@Tag("browser")
class CoachingBrowserTest extends BrowserTest {

  @Autowired
  JdbcTemplate jdbc;

  private final String helpdesk = "zendesk-demo" + UUID.randomUUID().toString().substring(0, 4);
  private int minute;

  private void turn(String ticket, String agent, String name, Double polarity) {
    jdbc.update("""
        insert into thread_turn (delivery_key, source, ticket_id, author, agent_id, agent_name, masked_text,
                                 written_at, received_at, polarity)
        values (?, ?, ?, ?, ?, ?, 'text', ?, ?, ?)""", UUID.randomUUID().toString(), helpdesk, ticket,
        agent == null ? "CUSTOMER" : "AGENT", agent, name,
        Timestamp.from(Instant.now().minus(Duration.ofDays(3)).plusSeconds(60L * minute++)),
        Timestamp.from(Instant.now()), polarity);
  }

  private void agentThreads(String agent, String name, int threads, int worse, int better) {
    for (int i = 0; i < threads; i++) {
      String ticket = agent + "-" + i;
      turn(ticket, null, null, 0.1);
      turn(ticket, agent, name, null);
      turn(ticket, null, null, i < worse ? -0.4 : (i < worse + better ? 0.5 : 0.12));
    }
  }

  private void campaign(String campaign, String label, double polarity) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into scored_ticket (business_key, source, ticket_id, polarity, frustration, label, scored_at,
                                   ticket_created_at, campaign)
        values (?, 'fixture', ?, ?, 0, ?, ?, ?, ?)""", "fixture:" + id, id, polarity, label,
        Timestamp.from(Instant.now()), Timestamp.from(Instant.now().minus(Duration.ofDays(1))), campaign);
  }

  @Test
  void aSupervisorSeesTheCoachingViewAndTheCampaignPanel() {
    agentThreads("a-17", "Robin Reyes", 24, 9, 6);
    agentThreads("a-23", "Jules Okafor", 15, 2, 8);
    agentThreads("a-31", "Casey Lind", 12, 4, 3);
    agentThreads("a-40", "Noor Haddad", 4, 3, 0);
    for (int i = 0; i < 6; i++) {
      campaign("browser-spring-sale", i < 4 ? "Negative" : "Neutral", i < 4 ? -0.55 : 0.05);
    }
    campaign("browser-webinar", "Positive", 0.6);

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(uri("/coaching").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys("supervisor");
    browser.findElement(By.id("password")).sendKeys("supervisor");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coaching")));
    if (!browser.getCurrentUrl().endsWith("/coaching")) {
      browser.get(uri("/coaching").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coaching")));
    }

    assertThat(browser.findElement(By.cssSelector(".coaching-notice")).getText())
        .contains("A coaching aid, not a ranking.");
    String table = browser.findElement(By.id("coaching")).getText();
    assertThat(table).contains("Robin Reyes").contains("Jules Okafor").contains("Casey Lind")
        .doesNotContain("Noor Haddad");
    Browser.save(browser, "coaching-view");

    browser.get(uri("/dashboard").toString());
    WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaigns")));
    wait.until(d -> panel.findElement(By.tagName("table")).isDisplayed());
    assertThat(panel.getText()).contains("browser-spring-sale");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", panel);
    Browser.save(browser, "dashboard-campaigns");
  }
}
