package br.org.teia.console.disclosure.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundsTest {

  static {
    Loader.loadNativeLibraries();
  }

  private static final Bounds.Limits AMPLE = new Bounds.Limits(1, 60, 10);

  @Test
  void a_bound_no_witness_reaches_is_proven_and_the_range_is_exact() {
    // k = 5; a + b = 3 and b >= 1: a is 0..2, b is 1..3 - neither 0..4
    CpModel model = new CpModel();
    IntVar a = model.newIntVar(0, 4, "a");
    IntVar b = model.newIntVar(0, 4, "b");
    IntVar free = model.newIntVar(0, 4, "free");
    model.addEquality(LinearExpr.sum(new IntVar[] {a, b}), 3);
    model.addGreaterOrEqual(b, 1);
    Bounds bounds = new Bounds(model, "test", new IntVar[] {a, b, free}, new int[] {5, 5, 5}, List.of(a, b, free), AMPLE);

    bounds.solve();

    assertThat(bounds.low).containsExactly(0, 1, 0);
    assertThat(bounds.high).containsExactly(2, 3, 4);
    assertThat(bounds.unknown).containsExactly(false, false, false);
  }

  @Test
  void a_solve_out_of_time_leaves_the_range_unknown_never_narrowed_nor_exact() {
    CpModel model = new CpModel();
    IntVar a = model.newIntVar(0, 4, "a");
    IntVar b = model.newIntVar(0, 4, "b");
    model.addEquality(LinearExpr.sum(new IntVar[] {a, b}), 3);
    Bounds bounds = new Bounds(model, "test", new IntVar[] {a, b}, new int[] {5, 5}, List.of(a, b),
        new Bounds.Limits(1, 0, 0));

    bounds.solve();

    assertThat(bounds.unknown).containsExactly(true, true);
    Attack.Range range = new Attack.Range("i", "now", "t", bounds.low[0], bounds.high[0], 5, null, bounds.unknown[0]);
    assertThat(range.narrowed()).isFalse();
    assertThat(range.exact()).isFalse();
  }
}
