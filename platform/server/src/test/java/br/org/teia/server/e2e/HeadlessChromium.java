package br.org.teia.server.e2e;

import br.org.teia.kernel.demo.DemoData;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through its own chromedriver, asking for pages in Brazilian Portuguese. */
final class HeadlessChromium {

  private HeadlessChromium() {}

  /** A fresh browser (own profile folder) with a window of {@code width} x {@code height}. */
  static WebDriver start(int width, int height) throws IOException {
    return start(width, height, null);
  }

  /** The same, saving downloads into {@code downloads} without asking (when not null). */
  static WebDriver start(int width, int height, Path downloads) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=pt-BR", "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("teia-chromium"));
    Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", "pt-BR,pt"));
    if (downloads != null) {
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
    }
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /**
   * Waits up to {@code seconds} for a condition, trying again when Vaadin re-rendered an element
   * between finding and reading it (a stale reference is a moment of the page, not a failure).
   */
  static WebDriverWait waitFor(WebDriver browser, int seconds) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Fills the login form the browser was sent to with a demo account and submits it. */
  static void signIn(WebDriver browser, WebDriverWait wait, String username) {
    wait.until(ExpectedConditions.urlContains("/login"));
    wait.until(d -> d.findElement(By.cssSelector("input[name='username']"))).sendKeys(username);
    browser.findElement(By.cssSelector("input[name='password']")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
  }
}
