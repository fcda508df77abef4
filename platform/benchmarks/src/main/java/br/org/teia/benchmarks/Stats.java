package br.org.teia.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Order statistics of a list of timings (nearest-rank percentiles: p95 is a real observation). */
record Stats(int count, Duration min, Duration median, Duration p95, Duration max, Duration mean, Duration sum) {

  static Stats of(List<Duration> timings) {
    if (timings.isEmpty()) {
      return new Stats(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
    List<Duration> sorted = new ArrayList<>(timings);
    Collections.sort(sorted);
    Duration sum = sorted.stream().reduce(Duration.ZERO, Duration::plus);
    return new Stats(sorted.size(), sorted.getFirst(), rank(sorted, 0.50), rank(sorted, 0.95), sorted.getLast(),
        sum.dividedBy(sorted.size()), sum);
  }

  private static Duration rank(List<Duration> sorted, double q) {
    int index = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** "0.123 s", "2.5 s", "2 min 05 s". */
  static String human(Duration d) {
    double seconds = d.toNanos() / 1e9;
    if (seconds < 10) {
      return String.format(Locale.ROOT, "%.3f s", seconds);
    }
    if (seconds < 120) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long whole = Math.round(seconds);
    return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
  }
}
