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
  private final long startNanos = System.nanoTime();

  Neighbours() {
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
  record Usage(double coreSeconds, double machineShare) {
    String describe() {
      return String.format(java.util.Locale.ROOT, "%.0f core-s (%.0f%% of the machine)", coreSeconds, machineShare * 100);
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
    return new Usage(core, seconds <= 0 ? 0 : core / (seconds * Machine.cores()));
  }

  private synchronized void sample(boolean count) {
    Set<Long> ours = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    ours.add(ProcessHandle.current().pid());
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
        if (count && before != null && !ours.contains(pid) && !name.startsWith("postgres")) {
          foreignTicks += Math.max(0, ticks - before);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc unreadable: report nothing
    }
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
  static String awaitQuiet(double threshold, Duration maxWait) throws InterruptedException {
    long start = System.nanoTime();
    double others = othersShare(Duration.ofSeconds(5));
    while (others > threshold && System.nanoTime() - start < maxWait.toNanos()) {
      TenancyBenchmark.log("other processes use %.0f%% of the machine: waiting for them to calm down", others * 100);
      Thread.sleep(10_000);
      others = othersShare(Duration.ofSeconds(5));
    }
    long waited = (System.nanoTime() - start) / 1_000_000_000L;
    return String.format(java.util.Locale.ROOT, "others %.0f%%, machine %.0f%% busy (waited %d s)", others * 100,
        busy(Duration.ofSeconds(1)) * 100, waited);
  }

  private static double othersShare(Duration window) throws InterruptedException {
    Neighbours probe = new Neighbours();
    Thread.sleep(window.toMillis());
    return probe.stop().machineShare();
  }

  /** {idle+iowait, total} jiffies of all CPUs. */
  private static long[] cpu() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
      String[] f = lines.getFirst().trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
