package br.org.teia.fund.controls;

import br.org.teia.fund.ledger.BlockBalance;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the controls look at for one block in a year: its position, the current amount of its
 * allocations, and what is committed (net of annulments) per expense nature.
 */
public record BlockFigures(BlockBalance balance, BigDecimal allocated, Map<String, BigDecimal> committedByNature) {}
