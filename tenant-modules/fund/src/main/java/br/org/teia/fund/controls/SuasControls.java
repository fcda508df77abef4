package br.org.teia.fund.controls;

import br.org.teia.fund.ledger.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SUAS controls on one block's figures, pure (no database), so each rule is tested on its
 * centavo boundary:
 * <ul>
 *   <li>{@link SuasControl#BLOCK_BALANCE}: paid (restos a pagar too) ≤ carried + received; a centavo more was paid with
 *       another block's money;
 *   <li>{@link SuasControl#IGD_PERSONNEL}: an IGD block commits nothing under a personnel nature;
 *   <li>{@link SuasControl#REPROGRAMMED_ALLOCATION}: when the committed amount passes what the year
 *       received, the block is spending its carried balance, which needs allocations (a crédito
 *       adicional by the surplus) at least as large as the committed amount;
 *   <li>{@link SuasControl#EXECUTION_RATE}: paid (restos a pagar too) / (carried + received) against the target; below it
 *       is a violation once the year's 12 months have passed, something to watch before.
 * </ul>
 */
public final class SuasControls {

  private SuasControls() {}

  /** Every control that applies to the block, in the enum's order. */
  public static List<ControlResult> check(ControlParameters parameters, BlockFigures figures, boolean yearClosed) {
    List<ControlResult> results = new ArrayList<>();
    results.add(blockBalance(figures));
    String code = figures.balance().blockCode();
    if (parameters.igdBlocks().contains(code)) {
      results.add(igdPersonnel(parameters, figures));
    }
    if (figures.balance().reprogrammed().signum() > 0) {
      results.add(reprogrammedAllocation(figures));
    }
    if (parameters.executionBlocks().contains(code)) {
      results.add(executionRate(parameters, figures, yearClosed));
    }
    return results;
  }

  static ControlResult blockBalance(BlockFigures figures) {
    var b = figures.balance();
    BigDecimal had = b.reprogrammed().add(b.received());
    BigDecimal over = b.outflow().subtract(had);
    if (over.signum() > 0) {
      return result(b.blockCode(), SuasControl.BLOCK_BALANCE, ControlStatus.VIOLATION, "fund.control.BLOCK_BALANCE.over",
          Money.format(over), Money.format(had));
    }
    return result(b.blockCode(), SuasControl.BLOCK_BALANCE, ControlStatus.OK, "fund.control.BLOCK_BALANCE.ok",
        Money.format(b.available()));
  }

  static ControlResult igdPersonnel(ControlParameters parameters, BlockFigures figures) {
    Map<String, BigDecimal> personnel = new TreeMap<>();
    figures.committedByNature().forEach((nature, amount) -> {
      if (amount.signum() > 0 && parameters.personnel(nature)) {
        personnel.put(nature, amount);
      }
    });
    String code = figures.balance().blockCode();
    if (personnel.isEmpty()) {
      return result(code, SuasControl.IGD_PERSONNEL, ControlStatus.OK, "fund.control.IGD_PERSONNEL.ok");
    }
    BigDecimal total = personnel.values().stream().reduce(Money.zero(), BigDecimal::add);
    return result(code, SuasControl.IGD_PERSONNEL, ControlStatus.VIOLATION, "fund.control.IGD_PERSONNEL.paid",
        Money.format(total), String.join(", ", personnel.keySet()));
  }

  static ControlResult reprogrammedAllocation(BlockFigures figures) {
    var b = figures.balance();
    if (b.committed().compareTo(b.received()) <= 0) {
      return result(b.blockCode(), SuasControl.REPROGRAMMED_ALLOCATION, ControlStatus.OK,
          "fund.control.REPROGRAMMED_ALLOCATION.unused", Money.format(b.reprogrammed()));
    }
    BigDecimal missing = b.committed().subtract(figures.allocated());
    if (missing.signum() > 0) {
      return result(b.blockCode(), SuasControl.REPROGRAMMED_ALLOCATION, ControlStatus.VIOLATION,
          "fund.control.REPROGRAMMED_ALLOCATION.missing", Money.format(b.committed().subtract(b.received())),
          Money.format(figures.allocated()), Money.format(missing));
    }
    return result(b.blockCode(), SuasControl.REPROGRAMMED_ALLOCATION, ControlStatus.OK,
        "fund.control.REPROGRAMMED_ALLOCATION.ok", Money.format(figures.allocated()));
  }

  static ControlResult executionRate(ControlParameters parameters, BlockFigures figures, boolean yearClosed) {
    var b = figures.balance();
    BigDecimal base = b.reprogrammed().add(b.received());
    String target = percent(parameters.executionTarget());
    if (base.signum() == 0) {
      return result(b.blockCode(), SuasControl.EXECUTION_RATE, ControlStatus.OK, "fund.control.EXECUTION_RATE.nothing",
          target);
    }
    BigDecimal rate = b.outflow().divide(base, 6, RoundingMode.DOWN);
    if (rate.compareTo(parameters.executionTarget()) >= 0) {
      return result(b.blockCode(), SuasControl.EXECUTION_RATE, ControlStatus.OK, "fund.control.EXECUTION_RATE.ok",
          percent(rate), target);
    }
    return result(b.blockCode(), SuasControl.EXECUTION_RATE, yearClosed ? ControlStatus.VIOLATION : ControlStatus.ATTENTION,
        yearClosed ? "fund.control.EXECUTION_RATE.below" : "fund.control.EXECUTION_RATE.below-so-far", percent(rate),
        target);
  }

  /** 0.799999 as "79,9%": rounded down, so a rate shown as the target is never below it. */
  static String percent(BigDecimal rate) {
    return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.DOWN).toPlainString().replace('.', ',') + "%";
  }

  private static ControlResult result(String block, SuasControl control, ControlStatus status, String key,
      Object... arguments) {
    return new ControlResult(block, control, status, key, List.of(arguments));
  }
}
