package com.sentimenttriage.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium. Without a browser the
 * test is skipped with a message, except under CI (CI=true), where a missing browser is a failure.
 */
public final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

  private Browser() {
  }

  public static WebDriver start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
          + " (apt-get install chromium chromium-driver; .ci/run installs them)";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // No sandbox as root in CI; no background networking, which this closed network would refuse anyway.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1400,1000");
    // The page's console (errors, failed requests), read back by save() so that a failure can be explained.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * A screenshot, the page source and the page's address with its console since the last save (errors, failed
   * requests), kept as test artifacts: what a failure needs to be explained after the run.
   */
  public static void save(WebDriver driver, String name) {
    try {
      Files.createDirectories(ARTIFACTS);
      Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, ARTIFACTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(ARTIFACTS.resolve(name + ".html"), driver.getPageSource());
      StringBuilder console = new StringBuilder(driver.getCurrentUrl()).append('\n');
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        console.append(Instant.ofEpochMilli(entry.getTimestamp())).append(' ').append(entry.getLevel())
            .append(' ').append(entry.getMessage()).append('\n');
      }
      Files.writeString(ARTIFACTS.resolve(name + ".console.log"), console);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
