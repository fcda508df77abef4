package br.org.teia.console.disclosure.attack;

import br.org.teia.console.disclosure.attack.Observations.Cell;
import br.org.teia.console.disclosure.attack.Observations.Method;
import br.org.teia.console.disclosure.attack.Observations.Total;
import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Solves everything observed with an exact integer programming solver (OR-Tools CP-SAT) and gives,
 * for every town's count shown as "&lt; k", the range of values consistent with all of it. Unknowns
 * per indicator, period and town: the true count x and its contribution c (for the exact method,
 * c = x). Constraints are only those the published method states (see {@link Method}).
 */
public final class Attack {

  /** A hidden count's feasible range; {@code truth} when the caller knows it (null otherwise). */
  public record Range(String indicator, String period, String town, long low, long high, int k, Long truth) {
    public boolean exact() {
      return low == high;
    }

    /** Fewer possible values than 0..k-1. */
    public boolean narrowed() {
      return high - low + 1 < k;
    }

    public boolean wrong() {
      return truth != null && (truth < low || truth > high);
    }
  }

  private static final long BIG = 1_000_000;

  static {
    Loader.loadNativeLibraries();
  }

  private Attack() {}

  /** Every hidden count's range; {@code truth} (indicator|period|town -> count) checks the model. */
  public static List<Range> solve(Observations seen, Map<String, Long> truth) {
    List<Range> ranges = new ArrayList<>();
    // one model per period: indicators of a period are linked by the declared sums only
    Map<String, List<Cell>> byPeriod = new LinkedHashMap<>();
    seen.cells.values().forEach(l -> l.forEach(c -> byPeriod.computeIfAbsent(c.period(), p -> new ArrayList<>()).add(c)));
    // indicators are linked by the declared sums only: one model per period and family
    Map<String, String> familyOf = new HashMap<>();
    seen.methods.keySet().forEach(i -> familyOf.put(i, i));
    seen.sums.forEach((total, decompositions) -> decompositions.forEach(parts -> parts.forEach(p -> {
      String from = familyOf.get(p);
      String to = familyOf.get(total);
      if (from != null && to != null) {
        familyOf.replaceAll((i, f) -> f.equals(from) ? to : f);
      }
    })));
    for (Map.Entry<String, List<Cell>> period : byPeriod.entrySet()) {
      for (String family : new TreeSet<>(familyOf.values())) {
        List<Cell> cells = period.getValue().stream().filter(c -> family.equals(familyOf.get(c.indicator()))).toList();
        if (!cells.isEmpty()) {
          ranges.addAll(solvePeriod(seen, period.getKey(), cells, truth,
              familyOf.entrySet().stream().filter(e -> e.getValue().equals(family)).map(Map.Entry::getKey)
                  .collect(java.util.stream.Collectors.toSet())));
        }
      }
    }
    return ranges;
  }

  private static List<Range> solvePeriod(Observations seen, String period, List<Cell> cells, Map<String, Long> truth,
      java.util.Set<String> family) {
    CpModel model = new CpModel();
    Map<String, IntVar> x = new HashMap<>();
    Map<String, IntVar> c = new HashMap<>();
    TreeSet<String> towns = new TreeSet<>();
    cells.forEach(cell -> towns.add(cell.town()));
    seen.totals.stream().filter(t -> t.period().equals(period)).forEach(t -> towns.addAll(t.towns()));
    for (String indicator : family) {
      Method method = seen.methods.get(indicator);
      for (String town : towns) {
        String key = indicator + "|" + town;
        IntVar xv = model.newIntVar(0, BIG, "x|" + key);
        x.put(key, xv);
        if (method.exact()) {
          c.put(key, xv);
        } else {
          c.put(key, model.newIntVar(-BIG, BIG, "c|" + key));
        }
      }
    }
    for (Cell cell : cells) {
      Method m = seen.methods.get(cell.indicator());
      String key = cell.indicator() + "|" + cell.town();
      IntVar xv = x.get(key);
      IntVar cv = c.get(key);
      boolean summed = seen.sums.containsKey(cell.indicator());
      if (cell.value() != null) {
        model.addGreaterOrEqual(xv, m.k());
        displayed(model, cv, cell.value(), m, m.k());
        if (!m.exact() && !summed) {
          model.addGreaterOrEqual(cv, m.k());
          model.addLessOrEqual(LinearExpr.newBuilder().add(xv).addTerm(cv, -1).build(), m.perturbation());
          model.addLessOrEqual(LinearExpr.newBuilder().add(cv).addTerm(xv, -1).build(), m.perturbation());
        }
      } else if (cell.underK()) {
        model.addLessOrEqual(xv, m.k() - 1);
        if (!m.exact() && !summed) {
          model.addGreaterOrEqual(cv, -m.window());
          model.addLessOrEqual(cv, m.k() - 1 + m.window());
        }
      }
    }
    for (Total total : seen.totals) {
      if (!total.period().equals(period) || total.value() == null || !family.contains(total.indicator())) {
        continue;
      }
      Method m = seen.methods.get(total.indicator());
      IntVar[] members = total.towns().stream().map(t -> c.get(total.indicator() + "|" + t)).toArray(IntVar[]::new);
      IntVar sum = model.newIntVar(-BIG * members.length, BIG * members.length, "");
      model.addEquality(sum, LinearExpr.sum(members));
      displayed(model, sum, total.value(), m, 0);
    }
    for (Map.Entry<String, List<List<String>>> s : seen.sums.entrySet()) {
      if (!family.contains(s.getKey())) {
        continue;
      }
      for (String town : towns) {
        IntVar tx = x.get(s.getKey() + "|" + town);
        boolean first = true;
        for (List<String> parts : s.getValue()) {
          model.addEquality(tx, LinearExpr.sum(parts.stream().map(p -> x.get(p + "|" + town)).toArray(IntVar[]::new)));
          if (first && !seen.methods.get(s.getKey()).exact()) {
            model.addEquality(c.get(s.getKey() + "|" + town),
                LinearExpr.sum(parts.stream().map(p -> c.get(p + "|" + town)).toArray(IntVar[]::new)));
          }
          first = false;
        }
      }
    }
    seen.own.forEach((key, value) -> {
      String[] f = key.split("\\|");
      if (f[1].equals(period) && family.contains(f[0])) {
        model.addEquality(x.get(f[0] + "|" + f[2]), value);
      }
    });

    // the insider's own counts are no finding
    List<Cell> targets = new ArrayList<>(cells.stream().filter(Cell::underK)
        .filter(t -> !seen.own.containsKey(t.indicator() + "|" + period + "|" + t.town()))
        .collect(java.util.stream.Collectors.toMap(t -> t.indicator() + "|" + t.town(), t -> t, (a, b) -> a,
            LinkedHashMap::new)).values());
    long[] low = new long[targets.size()];
    long[] high = new long[targets.size()];
    java.util.Arrays.fill(low, Long.MAX_VALUE);
    java.util.Arrays.fill(high, Long.MIN_VALUE);
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(1);
    record(solver, model, null, targets, x, low, high, period);
    if (!targets.isEmpty()) {
      // every hidden count at its least at once, then at its most: most ranges are closed by these two
      LinearExpr all = LinearExpr.sum(targets.stream().map(t -> x.get(t.indicator() + "|" + t.town())).toArray(IntVar[]::new));
      model.minimize(all);
      record(solver, model, null, targets, x, low, high, period);
      model.maximize(all);
      record(solver, model, null, targets, x, low, high, period);
      model.clearObjective();
    }
    for (int i = 0; i < targets.size(); i++) {
      Cell t = targets.get(i);
      int k = seen.methods.get(t.indicator()).k();
      IntVar v = x.get(t.indicator() + "|" + t.town());
      if (low[i] > 0) {
        model.minimize(v);
        record(solver, model, v, targets, x, low, high, period);
      }
      if (high[i] < k - 1) {
        model.maximize(v);
        record(solver, model, v, targets, x, low, high, period);
      }
      model.clearObjective();
    }
    List<Range> ranges = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Cell t = targets.get(i);
      ranges.add(new Range(t.indicator(), period, t.town(), low[i], high[i], seen.methods.get(t.indicator()).k(),
          truth.get(t.indicator() + "|" + period + "|" + t.town())));
    }
    return ranges;
  }

  /** A figure shown as {@code value}: rounded, and kept at least {@code floor}. */
  private static void displayed(CpModel model, IntVar v, long value, Method m, long floor) {
    long r = m.rounding();
    long below = r / 2;
    long above = (r + 1) / 2 - 1;
    if (!m.exact() && value <= floor) {
      model.addLessOrEqual(v, value + above);
    } else {
      model.addGreaterOrEqual(v, value - below);
      model.addLessOrEqual(v, value + above);
    }
  }

  /** Solves (optimally when there is an objective) and widens every target's range by the solution. */
  private static void record(CpSolver solver, CpModel model, IntVar objective, List<Cell> targets, Map<String, IntVar> x,
      long[] low, long[] high, String period) {
    CpSolverStatus status = solver.solve(model);
    if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
      throw new IllegalStateException("what was seen of " + period + " has no solution under the published method: "
          + status + (status == CpSolverStatus.MODEL_INVALID ? " " + model.validate() : ""));
    }
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      throw new IllegalStateException("the solver gave up on " + period + ": " + status);
    }
    if (objective != null && status != CpSolverStatus.OPTIMAL) {
      throw new IllegalStateException("no proven bound for " + objective.getName());
    }
    for (int i = 0; i < targets.size(); i++) {
      long v = solver.value(x.get(targets.get(i).indicator() + "|" + targets.get(i).town()));
      low[i] = Math.min(low[i], v);
      high[i] = Math.max(high[i], v);
    }
  }
}
