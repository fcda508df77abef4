package br.org.teia.server.e2e;

import br.org.teia.kernel.demo.DemoData;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's headless Chromium through its own chromedriver, asking for pages in Brazilian Portuguese,
 * opened on the application under test before each test and closed after it:
 * {@code @RegisterExtension final HeadlessChromium browser = new HeadlessChromium(1280, 900, 60);}.
 * What the browser tests do as a person does (sign in, type into a Vaadin field, choose in a select
 * or combo box, read the grids, take a screenshot) is written here once.
 */
final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {

  /** Finds, through shadow roots, the visible overlay item of that text and clicks it; answers whether it did. */
  private static final String CLICK_ITEM = """
      const all = (root, out) => { root.querySelectorAll('*').forEach(e => { out.push(e);
        if (e.shadowRoot) { all(e.shadowRoot, out); } }); return out; };
      const item = all(document, []).find(e => (e.localName === 'vaadin-select-item'
          || e.localName === 'vaadin-combo-box-item') && e.textContent.trim() === arguments[0]
          && e.getBoundingClientRect().height > 0);
      if (item) { item.click(); return true; }
      return false;""";
  /** Ends a script that answers the text of the grid cells under the element it starts with, joined by '|'. */
  private static final String CELLS = ".querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')";

  /** How often a wait asks the page again (a script call to the browser takes a few milliseconds). */
  private static final Duration POLL = Duration.ofMillis(50);

  /** Headless Chromium's narrowest window; below it, the viewport is emulated. */
  private static final int MIN_WINDOW_WIDTH = 500;

  private final int width;
  private final int height;
  private final int waitSeconds;
  private final boolean savesDownloads;
  private final String languages;
  private final boolean javaScript;
  private WebDriver driver;
  private WebDriverWait wait;
  private Path downloads;
  private String base;

  /** A window of {@code width} x {@code height}; {@link #until} waits up to {@code waitSeconds}. */
  HeadlessChromium(int width, int height, int waitSeconds) {
    this(width, height, waitSeconds, false, "pt-BR,pt", true);
  }

  private HeadlessChromium(int width, int height, int waitSeconds, boolean savesDownloads, String languages,
      boolean javaScript) {
    this.javaScript = javaScript;
    this.width = width;
    this.height = height;
    this.waitSeconds = waitSeconds;
    this.savesDownloads = savesDownloads;
    this.languages = languages;
  }

  /** The same browser, saving downloads into a fresh folder without asking ({@link #downloaded}). */
  HeadlessChromium savingDownloads() {
    return new HeadlessChromium(width, height, waitSeconds, true, languages, javaScript);
  }

  /** The same browser, asking for pages in {@code languages} (an Accept-Language list, e.g. "en-US,en"). */
  HeadlessChromium speaking(String languages) {
    return new HeadlessChromium(width, height, waitSeconds, savesDownloads, languages, javaScript);
  }

  /** The same browser with JavaScript switched off, as some readers and old phones have it. */
  HeadlessChromium withoutJavaScript() {
    return new HeadlessChromium(width, height, waitSeconds, savesDownloads, languages, false);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    base = "http://localhost:"
        + SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
    downloads = savesDownloads ? Files.createTempDirectory("teia-downloads") : null;
    driver = start(width, height, downloads, languages, javaScript);
    wait = waitFor(waitSeconds);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  private static WebDriver start(int width, int height, Path downloads, String languages, boolean javaScript)
      throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=" + languages.split(",")[0], "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("teia-chromium"));
    Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", languages));
    if (!javaScript) {
      prefs.put("profile.managed_default_content_settings.javascript", 2); // blocked on every page
    }
    if (downloads != null) {
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
    }
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    if (width < MIN_WINDOW_WIDTH) {
      // A window is never narrower than Chromium's minimum: a phone's viewport is emulated instead.
      chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
    return chrome;
  }

  WebDriver driver() {
    return driver;
  }

  /** The application's address of {@code path}, e.g. {@code /conselho/reunioes}. */
  String url(String path) {
    return base + path;
  }

  void open(String path) {
    driver.get(url(path));
  }

  /**
   * A wait of up to {@code seconds} for a condition, trying again when Vaadin re-rendered an element
   * between finding and reading it (a stale reference is a moment of the page, not a failure). It
   * asks again every {@link #POLL}: Selenium's default of 500 ms added minutes to the accessibility
   * walk (several waits per page and dialog, each usually met in far less).
   */
  WebDriverWait waitFor(int seconds) {
    WebDriverWait longer = new WebDriverWait(driver, Duration.ofSeconds(seconds), POLL);
    longer.ignoring(StaleElementReferenceException.class);
    return longer;
  }

  /** Waits the browser's time for {@code condition} to answer something other than null or false. */
  <T> T until(Function<? super WebDriver, T> condition) {
    return wait.until(condition);
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Fills the login form the browser was sent to with a demo account and submits it. */
  /**
   * Signs in with the demo password and waits for the login's answer: a page opened before it is back
   * would go without the session (seen in full runs).
   */
  void signIn(String username) {
    signIn(username, DemoData.PASSWORD);
    wait.until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /**
   * Fills the login form the browser was sent to with {@code username} and {@code password} and submits it;
   * the caller waits for the answer it expects (the next page, or the login's error).
   */
  void signIn(String username, String password) {
    wait.until(ExpectedConditions.urlContains("/login"));
    wait.until(d -> d.findElement(By.cssSelector("input[name='username']"))).sendKeys(username);
    driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
  }

  /** The input inside the Vaadin field {@code id}, once the field is there. */
  WebElement inputOf(String id) {
    return wait.until(d -> d.findElement(By.id(id)).findElement(By.cssSelector("input")));
  }

  /** Opens the select or combo box {@code id} and clicks its item {@code text}, as a person does. */
  void choose(String id, String text) {
    choose(id, text, text);
  }

  /** As above, typing {@code typed} into a combo box (after clearing a value chosen before). */
  void choose(String id, String text, String typed) {
    WebElement field = wait.until(d -> d.findElement(By.id(id)));
    if (field.getTagName().equals("vaadin-combo-box")) {
      WebElement input = field.findElement(By.cssSelector("input"));
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      input.sendKeys(typed);
    } else {
      field.click();
    }
    wait.until(d -> (Boolean) script(CLICK_ITEM, text));
    // Closed, or gone: a choice may reload the page (the municipality switcher does).
    wait.until(d -> !String.valueOf(script("const field = document.getElementById(arguments[0]);"
        + " return field !== null && field.opened", id)).equals("true"));
  }

  /** The text of every grid cell on the page, joined by '|'. */
  String gridText() {
    return String.valueOf(script("return Array.from(document" + CELLS));
  }

  /** The text of the cells of grid {@code id}, joined by '|'. */
  String gridText(String id) {
    return String.valueOf(script("return Array.from(document.getElementById(arguments[0])" + CELLS, id));
  }

  /** Writes what the browser shows to target/screenshots/{@code name}.png. */
  void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** A downloaded file whose name ends with {@code extension}, or null while there is none. */
  Path downloaded(String extension) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
