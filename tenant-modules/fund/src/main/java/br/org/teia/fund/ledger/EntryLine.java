package br.org.teia.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One entry of an expense's history, as views show it. */
public record EntryLine(EntryKind kind, LocalDate date, BigDecimal amount, String document) {}
