package br.org.teia.console.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.disclosure.attack.Attack;
import br.org.teia.console.disclosure.attack.Observations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many small draws of the months attack on {@link Protection}'s contributions, without a database:
 * twelve towns, three periods, about a third of the towns changing by one from the first to the
 * second; the attacker sees every figure and the state and two region totals of each period and
 * knows which towns did not change. Every count under k must keep all of 0..k-1. (This also caught
 * CP-SAT's presolve cutting feasible values: see {@link Attack}.)
 */
class ProtectionAcrossMonthsTest {

  @Test
  void knowing_which_towns_did_not_change_narrows_no_hidden_count() {
    int k = 5;
    int d = 2;
    List<String> periods = List.of("2026-09-01", "2026-10-01", "now");
    int facts = 0;
    List<Attack.Range> all = new ArrayList<>();
    for (int seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      Map<String, Long> truth = new HashMap<>();
      Observations seen = new Observations();
      seen.method("t.count", new Observations.Method(k, d, 1, false));
      Map<String, Map<Long, Long>> contribution = new HashMap<>();
      List<String> towns = new ArrayList<>();
      Map<String, long[]> counts = new HashMap<>();
      for (int t = 0; t < 12; t++) {
        String town = "t" + t;
        towns.add(town);
        long now = random.nextInt(3) == 0 ? 6 + random.nextInt(15) : random.nextInt(5);
        counts.put(town, new long[] {Math.max(0, now + random.nextInt(3) - 1), now, now});
      }
      for (int p = 0; p < periods.size(); p++) {
        String period = periods.get(p);
        long[] totals = new long[3];
        List<Set<String>> members = List.of(new HashSet<>(towns), new HashSet<>(), new HashSet<>());
        for (int i = 0; i < towns.size(); i++) {
          String town = towns.get(i);
          long x = counts.get(town)[p];
          truth.put("t.count|" + period + "|" + town, x);
          // the same count of the same town: the same key, so the same contribution
          long c = contribution.computeIfAbsent(town, z -> new HashMap<>()).computeIfAbsent(x, z -> {
            byte[] h = new byte[6];
            random.nextBytes(h);
            return Protection.contribution(z, k, d, h);
          });
          seen.cell("t.count", period, town, x >= k ? c : null, x < k);
          totals[0] += c;
          totals[1 + i % 2] += c;
          members.get(1 + i % 2).add(town);
        }
        for (int g = 0; g < 3; g++) {
          seen.total("t.count", period, members.get(g), totals[g]);
        }
      }
      facts += seen.unchangedAsIn(truth, periods);
      all.addAll(Attack.solve(seen, truth));
    }

    assertThat(facts).isGreaterThan(40 * 12);
    assertThat(all).filteredOn(r -> !r.period().equals("now")).hasSizeGreaterThan(40 * 12);
    assertThat(all).filteredOn(Attack.Range::wrong).isEmpty();
    assertThat(all).filteredOn(Attack.Range::unknown).isEmpty();
    assertThat(all).filteredOn(Attack.Range::narrowed).isEmpty();
  }
}
