package br.org.teia.console.disclosure.attack;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntegerVariableProto;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The exact feasible range of every hidden count of one model, witness first: any solution is a
 * witness that widens every count's range at once, so a few solves whose objective pulls each count
 * still open towards an end it has not reached (0 or k-1, the sign drawn at random when both are
 * open) close most ranges together. What stays open is settled count by count by a feasibility solve
 * with the count's domain cut to the values not yet witnessed: a solution widens the range, and only
 * INFEASIBLE proves a bound. A solve that hits the time limit leaves its count "unknown" - reported,
 * never taken as a bound. Narrowed ranges are proven again without presolve (a CP-SAT 9.15 presolve
 * defect cut feasible values off counts under the months constraints).
 *
 * <p>System properties: {@code teia.attack.workers} (CP-SAT workers, 1), {@code teia.attack.solve-seconds}
 * (limit of a proving solve, 300), {@code teia.attack.witness-seconds} (of a witness solve, 60).
 */
final class Bounds {

  /** CP-SAT workers and the time limits, in seconds, of a proving solve and of a witness solve. */
  record Limits(int workers, double solveSeconds, double witnessSeconds) {
    static Limits fromSystemProperties() {
      return new Limits(Integer.getInteger("teia.attack.workers", 1),
          Double.parseDouble(System.getProperty("teia.attack.solve-seconds", "300")),
          Double.parseDouble(System.getProperty("teia.attack.witness-seconds", "60")));
    }
  }

  private static final int WITNESS_ROUNDS = 12;

  final long[] low;
  final long[] high;
  /** The range is only what witnesses showed: a solve proving its bound ran out of time. */
  final boolean[] unknown;

  private final CpModel model;
  private final Limits limits;
  private final String name;
  private final IntVar[] targets;
  private final int[] k;
  private final List<IntVar> hinted;
  private final boolean[] lowProven;
  private final boolean[] highProven;
  private final Random random = new Random(18);
  private long[] hint;
  private int solves;
  private final long started = System.nanoTime();
  private long logged = System.nanoTime();

  Bounds(CpModel model, String name, IntVar[] targets, int[] k, List<IntVar> hinted, Limits limits) {
    this.model = model;
    this.limits = limits;
    this.name = name;
    this.targets = targets;
    this.k = k;
    this.hinted = hinted;
    low = new long[targets.length];
    high = new long[targets.length];
    unknown = new boolean[targets.length];
    lowProven = new boolean[targets.length];
    highProven = new boolean[targets.length];
    java.util.Arrays.fill(low, Long.MAX_VALUE);
    java.util.Arrays.fill(high, Long.MIN_VALUE);
  }

  void solve() {
    CpSolverStatus first = run(true, limits.solveSeconds());
    if (first == CpSolverStatus.INFEASIBLE || first == CpSolverStatus.MODEL_INVALID) {
      throw new IllegalStateException("what was seen of " + name + " has no solution under the published method: "
          + first + (first == CpSolverStatus.MODEL_INVALID ? " " + model.validate() : ""));
    }
    if (!solved(first)) {
      for (int i = 0; i < targets.length; i++) {
        low[i] = 0;
        high[i] = k[i] - 1;
        unknown[i] = true;
      }
      log("no solution within the time limit: every range unknown");
      return;
    }
    for (int round = 0; round < WITNESS_ROUNDS && open() > 0; round++) {
      LinearExprBuilder objective = LinearExpr.newBuilder();
      for (int i = 0; i < targets.length; i++) {
        boolean down = low[i] > 0;
        boolean up = high[i] < k[i] - 1;
        if (down || up) {
          objective.addTerm(targets[i], down && up ? (random.nextBoolean() ? 1 : -1) : down ? 1 : -1);
        }
      }
      long before = width();
      model.minimize(objective);
      run(true, limits.witnessSeconds());
      model.clearObjective();
      if (width() == before) {
        break;
      }
    }
    for (int i = 0; i < targets.length; i++) {
      prove(i, true);
    }
    // a range still narrowed is proven again on the model as stated
    for (int i = 0; i < targets.length; i++) {
      if (!unknown[i] && high[i] - low[i] + 1 < k[i]) {
        lowProven[i] = highProven[i] = false;
        prove(i, false);
      }
    }
    if (System.nanoTime() - started > 60_000_000_000L) {
      log("done");
    }
  }

  /** Settles target i's bounds: a solution with its value outside the range widens it, INFEASIBLE proves it. */
  private void prove(int i, boolean presolve) {
    while (!unknown[i] && !lowProven[i] && low[i] > 0) {
      outside(i, 0, low[i] - 1, presolve, true);
    }
    while (!unknown[i] && !highProven[i] && high[i] < k[i] - 1) {
      outside(i, high[i] + 1, k[i] - 1, presolve, false);
    }
  }

  private void outside(int i, long from, long to, boolean presolve, boolean below) {
    IntegerVariableProto.Builder domain = targets[i].getBuilder();
    List<Long> kept = new ArrayList<>(domain.getDomainList());
    domain.clearDomain().addDomain(from).addDomain(to);
    CpSolverStatus status;
    try {
      status = run(presolve, limits.solveSeconds());
    } finally {
      domain.clearDomain().addAllDomain(kept);
    }
    if (status == CpSolverStatus.INFEASIBLE) {
      if (below) {
        lowProven[i] = true;
      } else {
        highProven[i] = true;
      }
    } else if (!solved(status)) {
      unknown[i] = true;
    }
  }

  /** One solve, hinted with the last solution; a solution widens every target's range. */
  private CpSolverStatus run(boolean presolve, double seconds) {
    if (hint != null) {
      model.clearHints();
      for (int v = 0; v < hinted.size(); v++) {
        model.addHint(hinted.get(v), hint[v]);
      }
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(limits.workers()).setMaxTimeInSeconds(seconds).setCpModelPresolve(presolve);
    CpSolverStatus status = solver.solve(model);
    solves++;
    if (solved(status)) {
      hint = new long[hinted.size()];
      for (int v = 0; v < hinted.size(); v++) {
        hint[v] = solver.value(hinted.get(v));
      }
      for (int i = 0; i < targets.length; i++) {
        long value = solver.value(targets[i]);
        low[i] = Math.min(low[i], value);
        high[i] = Math.max(high[i], value);
      }
    }
    if (System.nanoTime() - logged > 60_000_000_000L) {
      log("");
    }
    return status;
  }

  private static boolean solved(CpSolverStatus status) {
    return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
  }

  /** Targets whose range has not reached 0..k-1 and is not proven. */
  private int open() {
    int open = 0;
    for (int i = 0; i < targets.length; i++) {
      if (!unknown[i] && ((low[i] > 0 && !lowProven[i]) || (high[i] < k[i] - 1 && !highProven[i]))) {
        open++;
      }
    }
    return open;
  }

  private long width() {
    long sum = 0;
    for (int i = 0; i < targets.length; i++) {
      sum += high[i] - low[i];
    }
    return sum;
  }

  private void log(String what) {
    logged = System.nanoTime();
    int unknowns = 0;
    for (boolean u : unknown) {
      unknowns += u ? 1 : 0;
    }
    System.out.printf("%s attack %s: %d hidden counts, %d open, %d unknown, %d solves in %s %s%n", Instant.now(), name,
        targets.length, open(), unknowns, solves, Duration.ofNanos(logged - started).withNanos(0), what);
  }
}
