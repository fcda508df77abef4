package br.org.teia.fund.controls;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.budget.BudgetService;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SUAS controls of a year, live: each block's figures from the ledger and the budget as they are
 * now, checked by {@link SuasControls} with the parameters in force that year (changeset fund-0006).
 * Read by whoever reads the fund.
 */
@Service
@Transactional(readOnly = true)
public class ControlService {

  private final LedgerService ledger;
  private final BudgetService budget;
  private final EntityManager entities;
  private final Clock clock;

  ControlService(LedgerService ledger, BudgetService budget, EntityManager entities, Clock clock) {
    this.ledger = ledger;
    this.budget = budget;
    this.entities = entities;
    this.clock = clock;
  }

  /** Every control on every block of the year's catalogue, block by block; none for a year without parameters. */
  @RolesAllowed(FundAccess.READ)
  public List<ControlResult> controls(int year) {
    ControlParameters parameters = parameters(year);
    if (parameters == null) {
      return List.of();
    }
    Map<String, BigDecimal> allocated = budget.allocatedByBlock(year);
    Map<String, Map<String, BigDecimal>> committed = new HashMap<>();
    ledger.stagesByBlockAndNature(year).forEach((block, natures) -> natures.forEach((nature, stages) ->
        committed.computeIfAbsent(block, b -> new HashMap<>()).put(nature, stages.committed())));
    boolean closed = year < LocalDate.now(clock).getYear();
    return ledger.blockBalances(year).stream()
        .flatMap(b -> SuasControls.check(parameters, figures(b, allocated, committed), closed).stream())
        .toList();
  }

  private static BlockFigures figures(BlockBalance balance, Map<String, BigDecimal> allocated,
      Map<String, Map<String, BigDecimal>> committed) {
    return new BlockFigures(balance, allocated.getOrDefault(balance.blockCode(), Money.zero()),
        committed.getOrDefault(balance.blockCode(), Map.of()));
  }

  /** The parameters in force in {@code year}; null for a year the table has none (before the blocks, 2016). */
  @RolesAllowed(FundAccess.READ)
  public ControlParameters parameters(int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entities.createNativeQuery("""
            SELECT code, value FROM fund_control_parameter
            WHERE first_year <= :year AND (last_year IS NULL OR last_year >= :year)""", Object[].class)
        .setParameter("year", year).getResultList();
    Map<String, String> values = new HashMap<>();
    rows.forEach(r -> values.put((String) r[0], (String) r[1]));
    if (!values.containsKey("EXECUTION_TARGET")) {
      return null;
    }
    return new ControlParameters(year, new BigDecimal(values.get("EXECUTION_TARGET")),
        set(values.get("EXECUTION_BLOCKS")), set(values.get("IGD_BLOCKS")),
        List.copyOf(set(values.get("PERSONNEL_NATURES"))));
  }

  private static Set<String> set(String list) {
    Set<String> items = new LinkedHashSet<>();
    if (list != null) {
      Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
    }
    return items;
  }
}
