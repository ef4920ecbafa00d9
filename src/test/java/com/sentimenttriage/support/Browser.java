package com.sentimenttriage.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** A screenshot and the page source, kept as test artifacts. */
  public static void save(WebDriver driver, String name) {
    try {
      Files.createDirectories(ARTIFACTS);
      Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, ARTIFACTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(ARTIFACTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
