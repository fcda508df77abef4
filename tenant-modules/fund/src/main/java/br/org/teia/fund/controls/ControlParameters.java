package br.org.teia.fund.controls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The parameters of the SUAS controls in force in a year, read from {@code fund_control_parameter}
 * (changeset fund-0006): the execution target (0.80), the blocks it applies to, the IGD blocks that
 * never pay personnel, and the expense natures (prefixes) that are personnel.
 */
public record ControlParameters(int year, BigDecimal executionTarget, Set<String> executionBlocks,
    Set<String> igdBlocks, List<String> personnelNatures) {

  /** True when {@code nature} (e.g. 3.1.90.11) is a personnel nature (prefix 3.1. or one of the listed). */
  public boolean personnel(String nature) {
    return personnelNatures.stream().anyMatch(nature::startsWith);
  }
}
