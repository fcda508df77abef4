package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.Progress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task per tenant on a fixed number of threads, reporting progress. Platform-level work
 * (no tenant scope is entered), so the tenant-aware executor rule does not apply here.
 */
public final class BoundedParallel {

  private static final Logger log = LoggerFactory.getLogger(BoundedParallel.class);

  private BoundedParallel() {}

  /** Runs {@code task} for each item; the task returns false when that item failed. */
  public static <T> void run(String operation, List<T> items, int parallelism, Predicate<T> task,
      Consumer<Progress> listener) {
    run(operation, items, String::valueOf, parallelism, task, listener);
  }

  /** As above; {@code label} names an item in the progress reports (e.g. its IBGE code). */
  public static <T> void run(String operation, List<T> items, Function<T, String> label, int parallelism,
      Predicate<T> task, Consumer<Progress> listener) {
    int total = items.size();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    int step = Math.max(1, total / 10);
    listener.accept(new Progress(operation, total, 0, 0));
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism))) {
      for (T item : items) {
        pool.execute(() -> {
          long start = System.nanoTime();
          boolean ok;
          try {
            ok = task.test(item);
          } catch (RuntimeException e) {
            log.error("{}: {} failed", operation, item, e);
            ok = false;
          }
          Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
          if (!ok) {
            failed.incrementAndGet();
          }
          int now = done.incrementAndGet();
          Progress progress = new Progress(operation, total, now, failed.get(), label.apply(item), elapsed);
          if (now % step == 0 || now == total) {
            log.info("{}: {}/{} done, {} failed", operation, now, total, failed.get());
          }
          listener.accept(progress);
        });
      }
    }
  }
}
