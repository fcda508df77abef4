package br.org.teia.kernel.tenancy;

/** Where a long tenant operation stands; reported to logs and to the console's progress bar. */
public record Progress(String operation, int total, int done, int failed) {

  public double fraction() {
    return total == 0 ? 1.0 : (double) done / total;
  }

  public boolean finished() {
    return done >= total;
  }
}
