package br.org.teia.console.disclosure.attack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an attacker saw, as it saw it: per indicator and period, each town's figure as shown
 * (a number, "&lt; k" or "protegido"), each group total with the towns it covers, the method as the
 * open data documents it, the declared sums, and what an insider knows of its own town. Nothing
 * here comes from the protection code: only from screens, exports and the open-data API.
 */
public final class Observations {

  /**
   * How figures are published, as docs/open-data.md states it. {@code exact}: the ADR 0008 method
   * (shown figures and totals are the true counts). Otherwise each town's count has a contribution c:
   * shown counts are c rounded, c within {@code perturbation} of the count and at least k; a count
   * under k has c in {@code -w..k-1+w}; totals are the sum of contributions, rounded.
   */
  public record Method(int k, int perturbation, int rounding, boolean exact) {
    public static Method exact(int k) {
      return new Method(k, 0, 1, true);
    }

    public int window() {
      return Math.max(perturbation, k / 2);
    }
  }

  /** A town's figure in one period: {@code value} when shown, else {@code underK} or protected. */
  public record Cell(String indicator, String period, String town, Long value, boolean underK) {}

  /** A group's total in one period: {@code value} null when hidden. */
  public record Total(String indicator, String period, Set<String> towns, Long value) {}

  /** Known (or assumed) by the attacker: the town's true count is the same in {@code period} as in {@code earlier}. */
  public record Unchanged(String indicator, String town, String earlier, String period) {}

  final Map<String, Method> methods = new LinkedHashMap<>();
  /** indicator -> decompositions (first one: the one its contributions are summed from). */
  final Map<String, List<List<String>>> sums = new LinkedHashMap<>();
  final Map<String, List<Cell>> cells = new LinkedHashMap<>();
  final Set<Total> totals = new LinkedHashSet<>();
  final Map<String, Long> own = new LinkedHashMap<>();
  final Set<Unchanged> unchanged = new LinkedHashSet<>();
  /** The contrary: counts known to have changed from one period to the next. */
  final Set<Unchanged> moved = new LinkedHashSet<>();
  int readings;

  public void method(String indicator, Method method) {
    methods.put(indicator, method);
  }

  public void sum(String total, List<List<String>> decompositions) {
    sums.put(total, decompositions);
  }

  /**
   * A town's figure. Read again (after an edit, on another surface) it may say something else: each
   * reading is a fact, and the number of figures that changed between readings is counted.
   */
  public void cell(String indicator, String period, String town, Long value, boolean underK) {
    Cell cell = new Cell(indicator, period, town, value, underK);
    List<Cell> before = cells.computeIfAbsent(indicator + "|" + period + "|" + town, x -> new ArrayList<>());
    if (!before.contains(cell)) {
      if (!before.isEmpty()) {
        changed++;
      }
      before.add(cell);
    }
  }

  /** Figures of a town that read differently on another surface or after an edit of the groups. */
  public int changed() {
    return changed;
  }

  int changed;

  public void total(String indicator, String period, Set<String> towns, Long value) {
    if (!towns.isEmpty()) {
      totals.add(new Total(indicator, period, Set.copyOf(towns), value));
    }
  }

  /** What an insider knows: its own true count. */
  public void own(String indicator, String period, String town, long value) {
    own.put(indicator + "|" + period + "|" + town, value);
  }

  /** The town's true count did not change from {@code earlier} to {@code period}. */
  public void unchanged(String indicator, String town, String earlier, String period) {
    unchanged.add(new Unchanged(indicator, town, earlier, period));
  }

  /** The town's true count changed from {@code earlier} to {@code period}. */
  public void moved(String indicator, String town, String earlier, String period) {
    moved.add(new Unchanged(indicator, town, earlier, period));
  }

  /**
   * The attacker's strongest honest assumption about months: it knows exactly which towns' counts
   * did not change from one period to the next ({@code periods} in order, "now" last: the current
   * figures, as the latest month), and so which did, for every indicator attacked. {@code truth}:
   * indicator|period|town -> count. Returns how many counts it knows unchanged.
   */
  public int unchangedAsIn(Map<String, Long> truth, List<String> periods) {
    int before = unchanged.size();
    Set<String> towns = new java.util.TreeSet<>();
    truth.keySet().forEach(key -> towns.add(key.substring(key.lastIndexOf('|') + 1)));
    for (String indicator : methods.keySet()) {
      for (String town : towns) {
        for (int i = 1; i < periods.size(); i++) {
          Long earlier = truth.get(indicator + "|" + periods.get(i - 1) + "|" + town);
          Long now = truth.get(indicator + "|" + periods.get(i) + "|" + town);
          if (earlier != null && earlier.equals(now)) {
            unchanged(indicator, town, periods.get(i - 1), periods.get(i));
          } else if (earlier != null && now != null) {
            moved(indicator, town, periods.get(i - 1), periods.get(i));
          }
        }
      }
    }
    return unchanged.size() - before;
  }

  /** One more reading (after an edit, or of another month). */
  public void reading() {
    readings++;
  }

  /** The indicators attacked, with their published method. */
  public Map<String, Method> methods() {
    return Map.copyOf(methods);
  }

  public int readings() {
    return readings;
  }

  public int totalsSeen() {
    return totals.size();
  }

  List<Cell> hiddenUnderK() {
    List<Cell> list = new ArrayList<>();
    cells.values().forEach(l -> l.stream().filter(Cell::underK).findFirst().ifPresent(list::add));
    return list;
  }
}
