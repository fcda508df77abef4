package br.org.teia.fund.reports;

import java.math.BigDecimal;

/**
 * One line of an execution report: a block (with its opening balance, receipts and closing balance)
 * or, in the analytic report, one expense nature of the block above it (stages only; the others null).
 * {@code carriedPaid}: the restos a pagar of earlier years paid in the period (Lei 4.320/1964, art. 36),
 * which leave the block's account like its own payments.
 */
public record ReportLine(String blockCode, String label, boolean blockLine, BigDecimal opening, BigDecimal received,
    BigDecimal committed, BigDecimal liquidated, BigDecimal paid, BigDecimal carriedPaid, BigDecimal balance) {}
