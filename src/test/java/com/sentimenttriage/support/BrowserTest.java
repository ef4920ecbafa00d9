package com.sentimenttriage.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole application ({@link IntegrationTest}) and a fresh headless browser for each test ({@link Browser}). */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

  @Autowired
  protected TaskService taskService;

  protected WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  /** Posts {@code ticketJson} to the generic webhook and waits for the first task of the instance it started. */
  protected Task postTicketAndAwaitItsTask(String ticketJson) throws IOException {
    String instanceId = new ObjectMapper().readTree(postJson("/api/webhooks/generic", ticketJson).body())
        .get("processInstanceId").asText();
    return await().atMost(Duration.ofSeconds(30)).until(
        () -> taskService.createTaskQuery().processInstanceId(instanceId).singleResult(), t -> t != null);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
