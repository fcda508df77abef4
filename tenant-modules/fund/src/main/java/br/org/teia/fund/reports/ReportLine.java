package br.org.teia.fund.reports;

import java.math.BigDecimal;

/**
 * One line of an execution report: a block (with its opening balance, receipts and closing balance)
 * or, in the analytic report, one expense nature of the block above it (stages only; the others null).
 */
public record ReportLine(String blockCode, String label, boolean blockLine, BigDecimal opening, BigDecimal received,
    BigDecimal committed, BigDecimal liquidated, BigDecimal paid, BigDecimal balance) {}
