package com.sentimenttriage.support;

import org.camunda.bpm.engine.TaskService;
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

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
