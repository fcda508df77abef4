package br.org.teia.benchmarks;

import br.org.teia.kernel.demo.DemoData;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Heap kept per signed-in person by the production build (issue 15: target 200 kB a session). Teia
 * runs as its production jar with the demo; one warm-up visit loads classes and caches; then
 * {@code --sessions} people, each in a browser of their own (Debian's headless Chromium), sign in and
 * move through the main views as a person does, by the menu's links (one UI per tab, as in use),
 * and quit the browser, which ends it without closing its tab first (as a browser that crashed or
 * lost its network: Flow learns nothing, the UI stays as an open tab's does). The live heap is read
 * with {@code jcmd GC.class_histogram} (a full GC first) before and after: the difference over the
 * sessions is what one session with its tab open keeps. Closed tabs: {@code --closed-tabs} more
 * people then close their tab before quitting; Flow's client sends an unload beacon on
 * {@code pagehide} and the server closes that UI and drops it at the end of the request, so the
 * third reading must show their sessions without UIs. A UI whose beacon never came is closed after
 * three missed heartbeats (5 minutes apart, Vaadin's default) on its session's next request, or
 * goes with the HTTP session: the application runs with {@code --session-timeout} (short, to see it)
 * and the heap is read again once the sessions expired. Writes docs/benchmarks/vaadin-memory.md.
 *
 * <pre>infra/bench-vaadin-memory.sh [--sessions=40] [--closed-tabs=5] [--session-timeout=600] [--ready-minutes=12] [--output=...] [--heap-dump=/tmp/teia.hprof]</pre>
 */
public final class VaadinMemoryBenchmark {

  static final String JVM_FLAGS = "-Xms1g -Xmx1g -XX:+UseG1GC";
  /** What a municipal manager opens in a day, by the menu. */
  static final List<String> VIEWS = List.of("municipio", "estrutura/unidades", "estrutura/trabalhadores",
      "estrutura/entidades", "conselho/composicao", "conselho/reunioes", "conselho/resolucoes", "fundo/execucao",
      "fundo/controles");
  /** Classes whose live instances say what a session holds. */
  static final List<String> WATCHED = List.of("com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.component.UI",
      "com.vaadin.flow.internal.StateNode", "org.apache.catalina.session.StandardSession");
  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
  private static final String IDLE = """
      return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
        && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))""";
  private static final String GO = """
      const a = document.createElement('a'); a.href = arguments[0]; a.setAttribute('router-link', '');
      document.body.appendChild(a); a.click(); a.remove();""";

  private final int sessions;
  private final int sessionTimeoutSeconds;
  /** People who close their tab (so Flow's unload beacon is sent) before quitting the browser. */
  private final int closedTabs;
  /** How long the application may take to start with the demo (a loaded machine needs more than 12 minutes). */
  private final int readyMinutes;
  private final Path output;
  private final Path jar;
  /** Where to write a heap dump after the people (for HeapRetainers), or null. */
  private final Path heapDump;
  private final BenchDatabases databases = new BenchDatabases();
  private final Path work = Path.of("platform/benchmarks/target/vaadin-memory");

  private VaadinMemoryBenchmark(Map<String, String> options) throws IOException {
    sessions = Integer.parseInt(options.getOrDefault("sessions", "40"));
    sessionTimeoutSeconds = Integer.parseInt(options.getOrDefault("session-timeout", "600"));
    closedTabs = Integer.parseInt(options.getOrDefault("closed-tabs", "5"));
    readyMinutes = Integer.parseInt(options.getOrDefault("ready-minutes", "12"));
    output = Path.of(options.getOrDefault("output", "docs/benchmarks/vaadin-memory.md"));
    heapDump = options.containsKey("heap-dump") ? Path.of(options.get("heap-dump")).toAbsolutePath() : null;
    try (var jars = Files.list(Path.of("platform/server/target"))) {
      jar = Path.of(options.getOrDefault("jar", jars.map(Path::toString).filter(p -> p.endsWith("-exec.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no production jar: build with -Pproduction (infra/bench-vaadin-memory.sh does)"))));
    }
  }

  public static void main(String[] args) throws Exception {
    new VaadinMemoryBenchmark(BenchMain.options(args)).run();
    System.exit(0); // the shutdown hook drops the benchmark database
  }

  /** A reading of the live heap: its total and the watched classes' instance counts. */
  record Heap(long bytes, Map<String, Long> instances, Map<String, Long> bytesByClass, String load) {}

  private void run() throws Exception {
    Files.createDirectories(work);
    String url = databases.create("memory");
    Path measured = Files.copy(jar, work.resolve("teia-server-exec.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    int port = freePort();
    String base = "http://localhost:" + port;
    List<String> command = new ArrayList<>(List.of(bin("java")));
    command.addAll(List.of(JVM_FLAGS.split(" ")));
    command.addAll(List.of("-jar", measured.toString(), "--server.port=" + port, "--teia.demo.enabled=true",
        "--teia.indicators.rebuild-cron=-", "--logging.level.root=WARN",
        "--server.servlet.session.timeout=" + sessionTimeoutSeconds + "s"));
    command.addAll(databases.arguments(url));
    Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("application.log").toFile()).start();
    try {
      awaitReady(base, app, readyMinutes);
      log("application ready at %s (pid %d)", base, app.pid());
      visit(base, false); // warm-up: classes, templates, caches
      Heap before = heap(app.pid());
      log("before: %,d bytes live", before.bytes());
      long start = System.nanoTime();
      for (int i = 0; i < sessions; i++) {
        visit(base, false);
        if ((i + 1) % 10 == 0) {
          log("%d sessions", i + 1);
        }
      }
      Duration visiting = Duration.ofNanos(System.nanoTime() - start);
      Heap after = heap(app.pid());
      log("after %d sessions: %,d bytes live", sessions, after.bytes());
      if (heapDump != null) {
        Files.deleteIfExists(heapDump);
        Process jcmd = new ProcessBuilder(bin("jcmd"), String.valueOf(app.pid()), "GC.heap_dump", heapDump.toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        jcmd.waitFor(5, TimeUnit.MINUTES);
        log("heap dump: %s (read it with HeapRetainers)", heapDump);
      }
      for (int i = 0; i < closedTabs; i++) {
        visit(base, true);
      }
      Heap closed = heap(app.pid());
      log("after %d more people who closed their tab: %,d bytes live", closedTabs, closed.bytes());
      // Tomcat looks for expired sessions once a minute.
      Thread.sleep(TimeUnit.SECONDS.toMillis(sessionTimeoutSeconds + 75));
      Heap expired = heap(app.pid());
      log("after the sessions expired: %,d bytes live", expired.bytes());
      write(before, after, closed, expired, visiting);
    } finally {
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * One person: a browser of their own signs in, goes through the views by the menu's links, and is
   * quit; with {@code closeTab}, the person first closes the tab (another one stays open, as when a
   * person closes one of their tabs), which fires {@code pagehide} and so Flow's unload beacon.
   */
  private void visit(String base, boolean closeTab) throws Exception {
    WebDriver browser = chromium();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
      browser.get(base + "/" + VIEWS.getFirst());
      wait.until(d -> d.findElements(By.cssSelector("input[name='username']")).size() == 1);
      browser.findElement(By.cssSelector("input[name='username']")).sendKeys("gestora@bh.demo");
      browser.findElement(By.cssSelector("input[name='password']")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
      wait.until(d -> !d.getCurrentUrl().contains("/login") && d.findElements(By.tagName("main")).size() == 1);
      wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
      for (String view : VIEWS.subList(1, VIEWS.size())) {
        ((JavascriptExecutor) browser).executeScript(GO, view);
        wait.until(d -> d.getCurrentUrl().endsWith("/" + view));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
      }
      if (closeTab) {
        String tab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String other = browser.getWindowHandle();
        browser.switchTo().window(tab).close();
        browser.switchTo().window(other);
        Thread.sleep(2000); // the beacon is sent as the tab goes: let it reach the server before the browser quits
      }
    } finally {
      browser.quit();
    }
  }

  private static WebDriver chromium() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=pt-BR",
        "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("teia-memory-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** The live heap after a full GC, by {@code jcmd <pid> GC.class_histogram}. */
  private Heap heap(long pid) throws Exception {
    Process jcmd = new ProcessBuilder(bin("jcmd"), String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
    String histogram = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor(2, TimeUnit.MINUTES);
    Files.writeString(work.resolve("histogram-" + System.currentTimeMillis() + ".txt"), histogram);
    Matcher total = TOTAL.matcher(histogram);
    if (!total.find()) {
      throw new IllegalStateException("no total in jcmd's histogram: " + histogram.lines().limit(5).toList());
    }
    Map<String, Long> instances = new LinkedHashMap<>();
    for (String watched : WATCHED) {
      long count = histogram.lines().map(String::strip).map(line -> line.split("\\s+"))
          .filter(cells -> cells.length >= 4 && (cells[3].equals(watched) || cells[3].startsWith(watched + " ")))
          .mapToLong(cells -> Long.parseLong(cells[1])).sum();
      instances.put(watched, count);
    }
    Map<String, Long> bytesByClass = new java.util.HashMap<>();
    histogram.lines().map(String::strip).map(line -> line.split("\\s+"))
        .filter(cells -> cells.length >= 4 && cells[0].endsWith(":"))
        .forEach(cells -> bytesByClass.merge(cells[3], Long.parseLong(cells[2]), Long::sum));
    return new Heap(Long.parseLong(total.group(2)), instances, bytesByClass, load());
  }

  private void write(Heap before, Heap after, Heap closed, Heap expired, Duration visiting) throws IOException {
    // Divided by the sessions alive at the reading (a session that expired meanwhile holds nothing).
    long alive = after.instances().get(WATCHED.getFirst()) - before.instances().get(WATCHED.getFirst());
    if (alive < 1) {
      throw new IllegalStateException("no session alive at the reading: make --session-timeout longer than the visits");
    }
    long perSession = (after.bytes() - before.bytes()) / alive;
    StringBuilder b = new StringBuilder();
    b.append("# Vaadin memory per signed-in person\n\n");
    b.append("What one signed-in person keeps on the heap of a node of the production build, by ")
        .append("`infra/bench-vaadin-memory.sh --sessions=").append(sessions).append(" --session-timeout=")
        .append(sessionTimeoutSeconds).append(heapDump == null ? "" : " --heap-dump=" + heapDump)
        .append("` (`VaadinMemoryBenchmark`). Target (issue 15): at most 200 kB a session.\n\n");
    b.append("Each person signs in as Belo Horizonte's manager in a browser of their own and opens, by the menu's links, ")
        .append(String.join(", ", VIEWS)).append("; then the browser is closed. The live heap is jcmd's class histogram ")
        .append("(after a full GC) before the people and after them.\n\n");
    b.append("| reading | live heap | ").append(String.join(" | ", WATCHED.stream().map(w -> w.substring(w.lastIndexOf('.') + 1)).toList()))
        .append(" | load average |\n|---|---|").append("---|".repeat(WATCHED.size())).append("---|\n");
    row(b, "before (one warm-up person)", before);
    row(b, "after " + sessions + " people", after);
    row(b, "after " + closedTabs + " more people who closed their tab", closed);
    row(b, "after their sessions expired (" + sessionTimeoutSeconds + " s)", expired);
    b.append("\n**Per session: ").append(String.format(Locale.ROOT, "%,d", perSession)).append(" bytes** (the heap's growth over the ")
        .append(alive).append(" sessions alive at the reading; ")
        .append(perSession <= 200 * 1024 ? "within" : "over").append(" the 200 kB target); ")
        .append("after the sessions expired the heap is ")
        .append(String.format(Locale.ROOT, "%,d", expired.bytes() - before.bytes())).append(" bytes from where it began.\n\n");
    b.append("What grew most between the first two readings (bytes over the sessions alive):\n\n| class | bytes per session |\n|---|---|\n");
    after.bytesByClass().entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass().getOrDefault(e.getKey(), 0L)))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
        .forEach(e -> b.append("| `").append(e.getKey()).append("` | ")
            .append(String.format(Locale.ROOT, "%,d", e.getValue() / alive)).append(" |\n"));
    b.append('\n');
    if (heapDump != null) {
      HeapRetainers.Retained retained = HeapRetainers.retainedBySessions(heapDump.toFile());
      b.append("What the sessions themselves retain, from a heap dump at the second reading (`HeapRetainers`: the objects ")
          .append("reachable from an HTTP session, its VaadinSession, UIs or notification bell and from nothing else, as a GC ")
          .append("frees them with the session; the growth above also counts what Tomcat, the JDK and caches held at each ")
          .append("reading): **").append(String.format(Locale.ROOT, "%,d", retained.perSession())).append(" bytes a session** (")
          .append(String.format(Locale.ROOT, "%,d", retained.bytes())).append(" bytes in ")
          .append(String.format(Locale.ROOT, "%,d", retained.objects())).append(" objects over ").append(retained.sessions())
          .append(" sessions, the warm-up one included; ").append(retained.perSession() <= 200 * 1024 ? "within" : "over")
          .append(" the target).\n\n| retained by class | bytes per session |\n|---|---|\n");
      HeapRetainers.Retained.largest(retained.byClass(), 12).forEach(e -> b.append("| `").append(e.getKey()).append("` | ")
          .append(String.format(Locale.ROOT, "%,d", e.getValue()[0] / retained.sessions())).append(" |\n"));
      b.append("\n| held under (nearest class not the JDK's nor Flow's state tree) | bytes per session |\n|---|---|\n");
      HeapRetainers.Retained.largest(retained.byOwner(), 15).forEach(e -> b.append("| `").append(e.getKey()).append("` | ")
          .append(String.format(Locale.ROOT, "%,d", e.getValue()[0] / retained.sessions())).append(" |\n"));
      b.append('\n');
    }
    // Every session whose tab is open keeps its one UI; a session without a UI is one whose tab was closed
    // (the sessions of the first people may expire meanwhile: they go with their UIs).
    long withoutUi = closed.instances().get(WATCHED.getFirst()) - closed.instances().get(WATCHED.get(1));
    b.append("Closed tabs: the people above quit their browser without closing the tab (as a browser that crashed or lost ")
        .append("its network), so their UIs stayed, as an open tab's does. ").append(closedTabs)
        .append(" more people then closed their tab before quitting: at the third reading ").append(withoutUi)
        .append(" sessions had no UI (").append(withoutUi == closedTabs ? "all their UIs freed" : "NOT all their UIs freed")
        .append("): Flow's client sends an unload beacon on `pagehide`, and the server closes the UI and drops it at the end ")
        .append("of that request. A UI whose beacon never came is closed after three missed heartbeats (Vaadin's ")
        .append("`heartbeatInterval`, 300 s by default) on its session's next request, or goes with the HTTP session ")
        .append("(`server.servlet.session.timeout`, 30 minutes in production): the last row shows everything freed.\n\n");
    b.append("- Date: ").append(LocalDate.now()).append("; visiting took ").append(Stats.human(visiting)).append('\n');
    b.append("- Machine: ").append(Machine.cores()).append(" cores, ").append(Machine.cpu()).append(", ").append(Machine.memory())
        .append("; ").append(Machine.os()).append("; JDK ").append(Machine.jdk()).append('\n');
    b.append("- PostgreSQL ").append(databases.serverVersion()).append(" on the same machine; application JVM flags `")
        .append(JVM_FLAGS).append("`\n");
    b.append("- Commit: ").append(System.getProperty("teia.bench.commit", "unknown")).append('\n');
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, b.toString());
    log("wrote %s: %,d bytes per session", output, perSession);
  }

  private static void row(StringBuilder b, String what, Heap heap) {
    b.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, "%,d", heap.bytes())).append(" | ");
    heap.instances().values().forEach(count -> b.append(count).append(" | "));
    b.append(heap.load()).append(" |\n");
  }

  private static void awaitReady(String base, Process app, int minutes) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
    HttpClient http = HttpClient.newHttpClient();
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("the application stopped: see platform/benchmarks/target/vaadin-memory/application.log");
      }
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the application was not ready in " + minutes + " minutes (--ready-minutes)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String bin(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
  }

  private static void log(String format, Object... args) {
    System.out.printf("[memory] " + format + "%n", args);
  }
}
