package com.sentimenttriage.support;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The steps a supervisor takes in Camunda Tasklist, shared by the browser tests. */
public final class Tasklist {

  private static final By SIGNED_IN = By.cssSelector("[cam-tasklist-filters]");

  private final WebDriver browser;
  private final Function<String, URI> uri;
  private final TaskService taskService;
  private final WebDriverWait wait;

  public Tasklist(WebDriver browser, Function<String, URI> uri, TaskService taskService) {
    this.browser = browser;
    this.uri = uri;
    this.taskService = taskService;
    // Tasklist is a large single-page app: on a loaded 2-core CI machine its first render took over 30 s.
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(90));
  }

  /**
   * Opens Tasklist. A browser that is not signed in yet is sent to the app's login page, the one sign-in for
   * Tasklist and the dashboard, and signs in there; one that is signed in goes straight to its tasks.
   */
  public void logIn(String user, String password) {
    open();
    if (!browser.findElements(By.id("username")).isEmpty()) {
      browser.findElement(By.id("username")).sendKeys(user);
      browser.findElement(By.id("password")).sendKeys(password);
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      waitUntilSignedIn();
    }
  }

  /** Opens Tasklist and waits for its filters (signed in) or for the login page (not signed in). */
  public void open() {
    browser.get(uri.apply("/camunda/app/tasklist/default/").toString());
    wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("username")),
        ExpectedConditions.presenceOfElementLocated(SIGNED_IN)));
  }

  /** Tasklist shows its filters, which it shows only to a signed-in user. */
  public void waitUntilSignedIn() {
    wait.until(ExpectedConditions.presenceOfElementLocated(SIGNED_IN));
  }

  /** Opens the task and waits until its Camunda Form shows the review instructions. */
  public WebElement openReview(String taskId) {
    return openTask(taskId, "Review this escalation");
  }

  /** Opens the task and waits until its Camunda Form shows {@code heading}. */
  public WebElement openTask(String taskId, String heading) {
    browser.get(uri.apply("/camunda/app/tasklist/default/#/?task=" + taskId).toString());
    WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
    wait.until(driver -> form.getText().contains(heading));
    return form;
  }

  /** The names on the task cards of the list Tasklist shows, top to bottom, once {@code expected} is among them. */
  public java.util.List<String> taskNames(String expected) {
    By names = By.cssSelector("ol.tasks-list h4.task");
    wait.until(driver -> driver.findElements(names).stream().anyMatch(e -> e.getText().contains(expected)));
    return browser.findElements(names).stream().map(WebElement::getText).toList();
  }

  /** The title of the filter Tasklist has selected. */
  public String selectedFilter() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".task-filter.active h4.name"))).getText();
  }

  /** Types {@code search} into the form's searchable select and waits until it offers {@code option}. */
  public void search(String search, String option) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".fjs-container .fjs-form-field-select input")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    input.click();
    input.sendKeys(search);
    wait.until(ExpectedConditions.presenceOfElementLocated(option(option)));
  }

  /** Picks the option of the open select's list that starts with {@code option}. */
  public void pick(String option) {
    WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(option(option)));
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(item).click().perform();
  }

  private static By option(String option) {
    return By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and starts-with(normalize-space(), '"
        + option + "')]");
  }

  /** Scrolls the task's form so that the field or text with {@code text} is at the top of its pane. */
  public void scrollTo(String text) {
    WebElement target = browser.findElement(By.xpath("//*[contains(@class, 'fjs-container')]//*[normalize-space()='"
        + text + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", target);
  }

  /** Claims the open task as {@code user} (Tasklist keeps a form read-only until then). */
  public void claim(String taskId, String user) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    await().atMost(Duration.ofSeconds(30)).until(
        () -> user.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
  }

  /** Picks the decision whose radio label starts with {@code label}, e.g. "Confirm" or "Dismiss". */
  public void choose(String label) {
    WebElement radio = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[starts-with(normalize-space(), '" + label + "')]//input[@type='radio']")));
    wait.until(driver -> radio.isEnabled());
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", radio);
  }

  /** Completes the task and waits until the engine has it done. */
  public void complete(String taskId) {
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button[ng-click='complete()']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", complete);
    await().atMost(Duration.ofSeconds(30)).until(
        () -> taskService.createTaskQuery().taskId(taskId).count() == 0);
  }

  /** The value a form-js field shows, found by its key (form-js names its inputs after the key). */
  public String fieldValue(String key) {
    return browser.findElements(By.cssSelector(".fjs-container [name='" + key + "'], .fjs-container [id$='-" + key
        + "'], .fjs-container [id$='Field_" + Character.toUpperCase(key.charAt(0)) + key.substring(1) + "']"))
        .stream().map(e -> e.getAttribute("value")).filter(v -> v != null && !v.isEmpty())
        .findFirst().orElse("");
  }
}
