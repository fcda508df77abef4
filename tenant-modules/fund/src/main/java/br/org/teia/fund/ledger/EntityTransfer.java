package br.org.teia.fund.ledger;

import java.math.BigDecimal;

/**
 * What the fund committed, liquidated and paid in a year to one social-assistance entity (a private
 * non-profit institution, application modality 50), reversals netted. {@code cnpj} null when the
 * accounting export gave none.
 */
public record EntityTransfer(String name, String cnpj, BigDecimal committed, BigDecimal liquidated, BigDecimal paid) {}
