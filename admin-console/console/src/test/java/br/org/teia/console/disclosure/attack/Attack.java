package br.org.teia.console.disclosure.attack;

import br.org.teia.console.disclosure.attack.Observations.Cell;
import br.org.teia.console.disclosure.attack.Observations.Method;
import br.org.teia.console.disclosure.attack.Observations.Total;
import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Solves everything observed with an exact integer programming solver (OR-Tools CP-SAT) and gives,
 * for every town's count shown as "&lt; k", the range of values consistent with all of it. Unknowns
 * per indicator, period and town: the true count x and its contribution c (for the exact method,
 * c = x). Constraints are only those the published method states (see {@link Method}), plus what
 * the attacker knows: an insider's own counts, and counts unchanged from one month to the next
 * (periods so linked are solved in one model).
 */
public final class Attack {

  /**
   * A hidden count's feasible range; {@code truth} when the caller knows it (null otherwise). {@code unknown}:
   * a bound could not be proven within the solver's time limit, the range is only what solutions showed
   * (no pass: reported as such).
   */
  public record Range(String indicator, String period, String town, long low, long high, int k, Long truth,
      boolean unknown) {
    public boolean exact() {
      return !unknown && low == high;
    }

    /** Fewer possible values than 0..k-1 (proven: an unknown range is counted as unknown). */
    public boolean narrowed() {
      return !unknown && high - low + 1 < k;
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
    // indicators are linked by the declared sums only: one model per family ...
    Map<String, String> familyOf = new HashMap<>();
    seen.methods.keySet().forEach(i -> familyOf.put(i, i));
    seen.sums.forEach((total, decompositions) -> decompositions.forEach(parts -> parts.forEach(p -> {
      String from = familyOf.get(p);
      String to = familyOf.get(total);
      if (from != null && to != null) {
        familyOf.replaceAll((i, f) -> f.equals(from) ? to : f);
      }
    })));
    List<Cell> all = new ArrayList<>();
    seen.cells.values().forEach(all::addAll);
    for (String family : new TreeSet<>(familyOf.values())) {
      Set<String> members = familyOf.entrySet().stream().filter(e -> e.getValue().equals(family))
          .map(Map.Entry::getKey).collect(Collectors.toSet());
      // ... and per period, unless the attacker knows counts (un)changed between periods: those are solved together
      Map<String, String> componentOf = new LinkedHashMap<>();
      all.stream().filter(c -> members.contains(c.indicator())).forEach(c -> componentOf.put(c.period(), c.period()));
      java.util.stream.Stream.concat(seen.unchanged.stream(), seen.moved.stream()).filter(u -> members.contains(u.indicator())
          && componentOf.containsKey(u.earlier()) && componentOf.containsKey(u.period())).forEach(u -> {
        String from = componentOf.get(u.earlier());
        String to = componentOf.get(u.period());
        componentOf.replaceAll((p, comp) -> comp.equals(from) ? to : comp);
      });
      for (String component : new LinkedHashSet<>(componentOf.values())) {
        Set<String> periods = componentOf.entrySet().stream().filter(e -> e.getValue().equals(component))
            .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        List<Cell> cells = all.stream().filter(c -> members.contains(c.indicator()) && periods.contains(c.period())).toList();
        ranges.addAll(solveTogether(seen, periods, cells, truth, members));
      }
    }
    return ranges;
  }

  /** Unknowns of one count: indicator|period|town. */
  private static String key(String indicator, String period, String town) {
    return indicator + "|" + period + "|" + town;
  }

  private static List<Range> solveTogether(Observations seen, Set<String> periods, List<Cell> cells,
      Map<String, Long> truth, Set<String> family) {
    String name = String.join("+", periods);
    CpModel model = new CpModel();
    Map<String, IntVar> x = new HashMap<>();
    Map<String, IntVar> c = new HashMap<>();
    TreeSet<String> towns = new TreeSet<>();
    cells.forEach(cell -> towns.add(cell.town()));
    seen.totals.stream().filter(t -> periods.contains(t.period())).forEach(t -> towns.addAll(t.towns()));
    for (String period : periods) {
      for (String indicator : family) {
        Method method = seen.methods.get(indicator);
        for (String town : towns) {
          String key = key(indicator, period, town);
          IntVar xv = model.newIntVar(0, BIG, "x|" + key);
          x.put(key, xv);
          if (method.exact()) {
            c.put(key, xv);
          } else {
            c.put(key, model.newIntVar(-BIG, BIG, "c|" + key));
          }
        }
      }
    }
    for (Cell cell : cells) {
      Method m = seen.methods.get(cell.indicator());
      String key = key(cell.indicator(), cell.period(), cell.town());
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
      if (!periods.contains(total.period()) || total.value() == null || !family.contains(total.indicator())) {
        continue;
      }
      Method m = seen.methods.get(total.indicator());
      IntVar[] members = total.towns().stream().map(t -> c.get(key(total.indicator(), total.period(), t)))
          .toArray(IntVar[]::new);
      IntVar sum = model.newIntVar(-BIG * members.length, BIG * members.length, "");
      model.addEquality(sum, LinearExpr.sum(members));
      displayed(model, sum, total.value(), m, 0);
    }
    for (String period : periods) {
      for (Map.Entry<String, List<List<String>>> s : seen.sums.entrySet()) {
        if (!family.contains(s.getKey())) {
          continue;
        }
        for (String town : towns) {
          IntVar tx = x.get(key(s.getKey(), period, town));
          boolean first = true;
          for (List<String> parts : s.getValue()) {
            model.addEquality(tx, LinearExpr.sum(parts.stream().map(p -> x.get(key(p, period, town))).toArray(IntVar[]::new)));
            if (first && !seen.methods.get(s.getKey()).exact()) {
              model.addEquality(c.get(key(s.getKey(), period, town)),
                  LinearExpr.sum(parts.stream().map(p -> c.get(key(p, period, town))).toArray(IntVar[]::new)));
            }
            first = false;
          }
        }
      }
    }
    seen.own.forEach((key, value) -> {
      String[] f = key.split("\\|");
      if (periods.contains(f[1]) && family.contains(f[0]) && x.containsKey(key)) {
        model.addEquality(x.get(key), value);
      }
    });
    unchanged(seen, periods, family, model, x, c);
    sameCountSameContribution(seen, periods, cells, family, model, x, c);

    // the insider's own counts are no finding
    List<Cell> targets = new ArrayList<>(cells.stream().filter(Cell::underK)
        .filter(t -> !seen.own.containsKey(key(t.indicator(), t.period(), t.town())))
        .collect(Collectors.toMap(t -> key(t.indicator(), t.period(), t.town()), t -> t, (a, b) -> a,
            LinkedHashMap::new)).values());
    IntVar[] vars = targets.stream().map(t -> x.get(key(t.indicator(), t.period(), t.town()))).toArray(IntVar[]::new);
    int[] k = targets.stream().mapToInt(t -> seen.methods.get(t.indicator()).k()).toArray();
    Bounds bounds = new Bounds(model, name, vars, k, hinted(x, c), Bounds.Limits.fromSystemProperties());
    bounds.solve();
    List<Range> ranges = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Cell t = targets.get(i);
      ranges.add(new Range(t.indicator(), t.period(), t.town(), bounds.low[i], bounds.high[i], k[i],
          truth.get(key(t.indicator(), t.period(), t.town())), bounds.unknown[i]));
    }
    return ranges;
  }

  /**
   * What the attacker knows of months: a count known changed differs from the one before; a count
   * unchanged from one period to the next is the same
   * unknown in both, and, the key being over town, count and value, so is its contribution. In a
   * family with declared sums the contributions may be drawn again under another salt when any of
   * the town's counts changed, so they are tied only when all of the town's counts of the family are
   * unchanged; a summed total's contribution follows from its parts'.
   */
  private static void unchanged(Observations seen, Set<String> periods, Set<String> family, CpModel model,
      Map<String, IntVar> x, Map<String, IntVar> c) {
    for (Observations.Unchanged u : seen.moved) {
      IntVar before = x.get(key(u.indicator(), u.earlier(), u.town()));
      IntVar after = x.get(key(u.indicator(), u.period(), u.town()));
      if (family.contains(u.indicator()) && periods.contains(u.earlier()) && periods.contains(u.period())
          && before != null && after != null) {
        model.addDifferent(before, after);
      }
    }
    Set<String> facts = new HashSet<>();
    seen.unchanged.forEach(u -> facts.add(key(u.indicator(), u.earlier() + ">" + u.period(), u.town())));
    boolean linked = family.stream().anyMatch(seen.sums::containsKey);
    for (Observations.Unchanged u : seen.unchanged) {
      String before = key(u.indicator(), u.earlier(), u.town());
      String after = key(u.indicator(), u.period(), u.town());
      if (!family.contains(u.indicator()) || !periods.contains(u.earlier()) || !periods.contains(u.period())
          || !x.containsKey(before) || !x.containsKey(after)) {
        continue;
      }
      model.addEquality(x.get(before), x.get(after));
      Method m = seen.methods.get(u.indicator());
      boolean whole = !linked || family.stream()
          .allMatch(i -> facts.contains(key(i, u.earlier() + ">" + u.period(), u.town())));
      if (!m.exact() && !seen.sums.containsKey(u.indicator()) && whole) {
        model.addEquality(c.get(before), c.get(after));
      }
    }
  }

  /**
   * What the key gives away without being told: the same count of the same town has the same
   * contribution in every period (ADR 0018), so two hidden counts whose contributions differ are
   * different counts. Stated for every pair of a town's hidden counts solved together (counts of a
   * family with declared sums excepted: a redraw under another salt breaks it).
   */
  private static void sameCountSameContribution(Observations seen, Set<String> periods, List<Cell> cells,
      Set<String> family, CpModel model, Map<String, IntVar> x, Map<String, IntVar> c) {
    if (periods.size() < 2 || family.stream().anyMatch(seen.sums::containsKey)) {
      return;
    }
    Map<String, TreeSet<String>> hiddenIn = new LinkedHashMap<>();
    cells.stream().filter(Cell::underK).filter(cell -> !seen.methods.get(cell.indicator()).exact())
        .forEach(cell -> hiddenIn.computeIfAbsent(cell.indicator() + "|" + cell.town(), z -> new TreeSet<>()).add(cell.period()));
    hiddenIn.forEach((count, in) -> {
      String[] f = count.split("\\|");
      List<String> list = List.copyOf(in);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          IntVar xa = x.get(key(f[0], list.get(i), f[1]));
          IntVar xb = x.get(key(f[0], list.get(j), f[1]));
          BoolVar equal = model.newBoolVar("");
          model.addEquality(xa, xb).onlyEnforceIf(equal);
          model.addDifferent(xa, xb).onlyEnforceIf(equal.not());
          model.addEquality(c.get(key(f[0], list.get(i), f[1])), c.get(key(f[0], list.get(j), f[1]))).onlyEnforceIf(equal);
        }
      }
    });
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

  /** The model's counts and contributions, each once: a solution's values hint the next solve. */
  private static List<IntVar> hinted(Map<String, IntVar> x, Map<String, IntVar> c) {
    Set<IntVar> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    all.addAll(x.values());
    all.addAll(c.values());
    return new ArrayList<>(all);
  }
}
