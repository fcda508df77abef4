package br.org.teia.server.e2e;

import br.org.teia.kernel.demo.DemoData;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's headless Chromium through its own chromedriver, asking for pages in Brazilian Portuguese,
 * opened on the application under test before each test:
 * {@code @RegisterExtension final HeadlessChromium browser = new HeadlessChromium(1280, 900, 60);}.
 * A start costs seconds (two processes and a profile), so the test JVM keeps its browsers open for
 * every test and class, one per {@link Profile} in use at a time; after each test the browser is
 * handed back as a fresh one would be: a new empty tab (no page, session storage or emulation left),
 * no cookies, no site data, no downloads, its window size set again. A browser that cannot be reset
 * is quit and the next test starts another; the JVM's shutdown quits the rest.
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
  private Session session;
  private WebDriver driver;
  private WebDriverWait wait;
  private Path downloads;
  private String base;

  /** What only a browser's start can set: the rest (window, emulation, storage) is reset per test. */
  private record Profile(String languages, boolean javaScript, boolean savesDownloads) {}

  /** An open browser and the folder it saves downloads into (null when it saves none). */
  private record Session(Profile profile, ChromeDriver driver, Path downloads) {}

  /** Open browsers no test is using, per profile; a test of two browsers of one profile gets two. */
  private static final Map<Profile, Deque<Session>> IDLE = new HashMap<>();
  private static final List<Session> OPEN = new ArrayList<>();
  private static final AtomicInteger STARTS = new AtomicInteger();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(HeadlessChromium::quitAll, "quit-chromium"));
  }

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

  /**
   * The same browser, saving downloads without asking into a folder of its own, emptied after each
   * test ({@link #downloaded}).
   */
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
  public void beforeEach(ExtensionContext context) {
    base = "http://localhost:"
        + SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
    Profile profile = new Profile(languages, javaScript, savesDownloads);
    session = take(profile);
    try {
      prepare(session);
    } catch (WebDriverException gone) {
      // a browser kept open that died meanwhile: a new one
      System.out.println("[chromium] quit, not answering: " + gone.getMessage());
      quit(session);
      session = take(profile);
      prepare(session);
    }
    driver = session.driver();
    downloads = session.downloads();
    wait = waitFor(waitSeconds);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (session != null) {
      giveBack(session, base);
      session = null;
    }
  }

  /** Sets what this test's browser has of its own: the window, a phone's viewport, the downloads' folder. */
  private void prepare(Session session) {
    ChromeDriver chrome = session.driver();
    chrome.manage().window().setSize(new Dimension(width, height));
    if (width < MIN_WINDOW_WIDTH) {
      // A window is never narrower than Chromium's minimum: a phone's viewport is emulated instead (per tab).
      chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
    if (session.downloads() != null) {
      chrome.executeCdpCommand("Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", session.downloads().toString()));
    }
  }

  /** An idle browser of {@code profile}, or a new one. */
  private static Session take(Profile profile) {
    synchronized (IDLE) {
      Session idle = IDLE.getOrDefault(profile, new ArrayDeque<>()).poll();
      if (idle != null) {
        return idle;
      }
    }
    try {
      Path downloads = profile.savesDownloads() ? Files.createTempDirectory("teia-downloads") : null;
      Session started = new Session(profile, start(downloads, profile.languages(), profile.javaScript()), downloads);
      // Printed so a run's log counts the starts (grep '[chromium] start').
      System.out.println("[chromium] start " + STARTS.incrementAndGet() + " in this JVM: " + profile);
      synchronized (IDLE) {
        OPEN.add(started);
      }
      return started;
    } catch (IOException e) {
      throw new IllegalStateException("Chromium could not start", e);
    }
  }

  /**
   * Resets the browser a test used to what a start gives, and keeps it for the next test; quits it when
   * that fails (a dialog left open, a crashed tab).
   */
  private static void giveBack(Session session, String base) {
    ChromeDriver chrome = session.driver();
    try {
      // A new tab first, the used ones closed: no page, history, session storage or emulation goes on.
      List<String> old = new ArrayList<>(chrome.getWindowHandles());
      chrome.switchTo().newWindow(WindowType.TAB);
      String fresh = chrome.getWindowHandle();
      for (String handle : old) {
        chrome.switchTo().window(handle).close();
      }
      chrome.switchTo().window(fresh);
      if (old.contains(fresh)) {
        throw new IllegalStateException("no new tab");
      }
      chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
      chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)); // Selenium's default; Axe sets longer
      if (session.downloads() != null) {
        try (Stream<Path> files = Files.list(session.downloads())) {
          for (Path file : files.toList()) {
            Files.deleteIfExists(file);
          }
        }
      }
      synchronized (IDLE) {
        IDLE.computeIfAbsent(session.profile(), p -> new ArrayDeque<>()).push(session);
      }
    } catch (RuntimeException | IOException e) {
      System.out.println("[chromium] quit after a failed reset: " + e.getMessage());
      quit(session);
    }
  }

  private static void quit(Session session) {
    synchronized (IDLE) {
      OPEN.remove(session);
    }
    try {
      session.driver().quit();
    } catch (RuntimeException e) {
      // already gone: nothing left to close
    }
  }

  private static void quitAll() {
    List<Session> open;
    synchronized (IDLE) {
      open = new ArrayList<>(OPEN);
    }
    open.forEach(HeadlessChromium::quit);
  }

  private static ChromeDriver start(Path downloads, String languages, boolean javaScript)
      throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=" + languages.split(",")[0],
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
    return new ChromeDriver(service, options);
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
