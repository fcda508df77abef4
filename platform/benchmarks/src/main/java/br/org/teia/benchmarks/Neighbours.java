package br.org.teia.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The machine may be shared (other builds on the same cores). Measures how busy it is, and how much
 * CPU processes other than this benchmark, its child JVMs and PostgreSQL used during a phase, so the
 * report can say how clean each figure is. Linux only (/proc); elsewhere it reports nothing.
 */
final class Neighbours implements AutoCloseable {

  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
  private final Map<Long, Long> previous = new HashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;
  private double foreignTicks;
  private final Map<String, Long> foreignByName = new HashMap<>();
  private final long startNanos = System.nanoTime();

  private final PostgresProbe postgres;
  private final long[] cpuAtStart = cpu();
  private final long checkpointsAtStart;

  /**
   * Which PostgreSQL backends serve us: those connected to our own databases count as ours, those
   * of other databases (other sessions' tests on the same server) as others; PostgreSQL's own
   * background processes (checkpointer, autovacuum, ...) count for nobody.
   */
  interface PostgresProbe {
    /**
     * pid -> database name of every process of the server: its backends, and with "" its background
     * processes and postmaster; an empty map when unknown.
     */
    Map<Long, String> backends();

    boolean ours(String database);

    /** Checkpoints done so far (timed + requested), or -1. */
    long checkpoints();
  }

  Neighbours(PostgresProbe postgres) {
    this.postgres = postgres;
    this.checkpointsAtStart = postgres.checkpoints();
    sample(false);
    sampler = Thread.ofPlatform().daemon().name("neighbours").start(() -> {
      while (running) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
        sample(true);
      }
    });
  }

  /** Core-seconds other processes used, and that as a share of the machine over the phase. */
  record Usage(double coreSeconds, double machineShare, String top, double ioWait, long checkpoints) {
    String describe() {
      return String.format(java.util.Locale.ROOT, "%.0f core-s (%.0f%% of the machine)%s", coreSeconds,
          machineShare * 100, top.isEmpty() ? "" : "; mostly " + top);
    }

    String io() {
      return String.format(java.util.Locale.ROOT, "%.0f%%", ioWait * 100) + " | " + (checkpoints < 0 ? "?" : checkpoints);
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  Usage stop() {
    close();
    try {
      sampler.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample(true);
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double core = foreignTicks / TICKS_PER_SECOND;
    String top;
    synchronized (this) {
      top = foreignByName.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .filter(e -> e.getValue() >= TICKS_PER_SECOND) // at least one core-second
          .limit(3)
          .map(e -> String.format(java.util.Locale.ROOT, "%s %.0f", e.getKey(), e.getValue() / TICKS_PER_SECOND))
          .collect(Collectors.joining(", "));
    }
    long[] cpuNow = cpu();
    double ioWait = cpuAtStart == null || cpuNow == null || cpuNow[1] == cpuAtStart[1] ? 0
        : (double) (cpuNow[2] - cpuAtStart[2]) / (cpuNow[1] - cpuAtStart[1]);
    long checkpointsNow = postgres.checkpoints();
    long checkpoints = checkpointsAtStart < 0 || checkpointsNow < 0 ? -1 : checkpointsNow - checkpointsAtStart;
    return new Usage(core, seconds <= 0 ? 0 : core / (seconds * Machine.cores()), top, ioWait, checkpoints);
  }

  private synchronized void sample(boolean count) {
    Set<Long> ours = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    ours.add(ProcessHandle.current().pid());
    Map<Long, String> backends = postgres.backends();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
      for (Path proc : procs) {
        long pid = Long.parseLong(proc.getFileName().toString());
        String stat;
        try {
          stat = Files.readString(proc.resolve("stat"));
        } catch (IOException gone) {
          continue;
        }
        int close = stat.lastIndexOf(')');
        String name = stat.substring(stat.indexOf('(') + 1, close);
        String[] f = stat.substring(close + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        Long before = previous.put(pid, ticks);
        String database = backends.get(pid);
        boolean foreign = foreign(name, pid, ours, backends, postgres);
        if (count && before != null && foreign) {
          long delta = Math.max(0, ticks - before);
          foreignTicks += delta;
          if (delta > 0) {
            String label = name.startsWith("postgres")
                ? database == null ? "postgres of another server" : "postgres for other databases"
                : name.replaceAll("[/:]\\d+.*$", "");
            int nice = Integer.parseInt(f[16]);
            foreignByName.merge(nice > 0 ? label + " (nice " + nice + ")" : label, delta, Long::sum);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc unreadable: report nothing
    }
  }

  /**
   * Whether a process works for someone else: a JVM, browser or build not started by this benchmark; a
   * backend of our server serving another database; any process of another PostgreSQL server on this
   * machine (the probe lists every process of ours, "" for its background ones, so one it does not list
   * is another server's). Our server's background processes count for nobody.
   */
  static boolean foreign(String name, long pid, Set<Long> ours, Map<Long, String> backends, PostgresProbe postgres) {
    if (!name.startsWith("postgres")) {
      return !ours.contains(pid);
    }
    String database = backends.get(pid);
    return !backends.isEmpty() && (database == null || !database.isEmpty() && !postgres.ours(database));
  }

  /** What a phase returned, and what other processes used meanwhile. */
  record Measured<T>(T result, Usage usage) {}

  interface Work<T> {
    T run() throws Exception;
  }

  /** Runs {@code work} while watching the other processes. */
  static <T> Measured<T> during(PostgresProbe postgres, Work<T> work) throws Exception {
    Neighbours neighbours = new Neighbours(postgres);
    T result;
    try {
      result = work.run();
    } finally {
      neighbours.close();
    }
    return new Measured<>(result, neighbours.stop());
  }

  /** Share of the machine's CPU in use over {@code window}, from /proc/stat; -1 when unknown. */
  static double busy(Duration window) throws InterruptedException {
    long[] a = cpu();
    Thread.sleep(window.toMillis());
    long[] b = cpu();
    if (a == null || b == null || b[1] == a[1]) {
      return -1;
    }
    return (double) ((b[1] - a[1]) - (b[0] - a[0])) / (b[1] - a[1]);
  }

  /**
   * Waits (up to {@code maxWait}) until processes other than ours and PostgreSQL use less than
   * {@code threshold} of the machine, over 5-second samples; returns what it saw.
   */
  static String awaitQuiet(PostgresProbe postgres, double threshold, Duration maxWait) throws InterruptedException {
    long start = System.nanoTime();
    double others = othersShare(postgres, Duration.ofSeconds(5));
    while (others > threshold && System.nanoTime() - start < maxWait.toNanos()) {
      TenancyBenchmark.log("other processes use %.0f%% of the machine: waiting for them to calm down", others * 100);
      Thread.sleep(10_000);
      others = othersShare(postgres, Duration.ofSeconds(5));
    }
    long waited = (System.nanoTime() - start) / 1_000_000_000L;
    return String.format(java.util.Locale.ROOT, "others %.0f%%, machine %.0f%% busy (waited %d s)", others * 100,
        busy(Duration.ofSeconds(1)) * 100, waited);
  }

  private static double othersShare(PostgresProbe postgres, Duration window) throws InterruptedException {
    Neighbours probe = new Neighbours(postgres);
    Thread.sleep(window.toMillis());
    return probe.stop().machineShare();
  }

  /** The parent of a process on this machine, from /proc; empty elsewhere or when it is gone. */
  static java.util.Optional<Long> parent(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      return java.util.Optional.of(Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** This process's nice value (0 unless started under {@code nice}), from /proc; 0 elsewhere. */
  static int ownNice() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** {idle+iowait, total, iowait} jiffies of all CPUs. */
  private static long[] cpu() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
      String[] f = lines.getFirst().trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total, Long.parseLong(f[5])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
