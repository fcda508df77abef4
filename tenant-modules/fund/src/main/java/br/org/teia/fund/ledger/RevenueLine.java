package br.org.teia.fund.ledger;

import java.math.BigDecimal;

/** One line of a file of transfers received (e.g. the FNAS releases), read and checked field by field. */
public record RevenueLine(int line, int year, int month, String blockCode, String sourceCode, BigDecimal amount,
    String document) {}
