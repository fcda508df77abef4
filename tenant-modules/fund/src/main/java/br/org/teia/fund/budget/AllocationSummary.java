package br.org.teia.fund.budget;

import java.math.BigDecimal;
import java.util.UUID;

/** An allocation as views and callers read it: the LOA's amount and the current one after the acts. */
public record AllocationSummary(UUID id, int year, String blockCode, String actionCode, String actionName,
    String sourceCode, String subfunction, String expenseNature, BigDecimal initialAmount, BigDecimal currentAmount,
    int version) {}
