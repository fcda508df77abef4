package br.org.teia.kernel.tenancy;

import java.time.Duration;

/**
 * Where a long tenant operation stands; reported to logs and to the console's progress bar. Each
 * report after the first names the item (tenant) that just finished and how long its own work
 * took, measured in the worker thread: the per-tenant figure the benchmarks report.
 */
public record Progress(String operation, int total, int done, int failed, String item, Duration itemElapsed) {

  /** The report before any item has run. */
  public Progress(String operation, int total, int done, int failed) {
    this(operation, total, done, failed, null, Duration.ZERO);
  }

  public double fraction() {
    return total == 0 ? 1.0 : (double) done / total;
  }

  public boolean finished() {
    return done >= total;
  }
}
