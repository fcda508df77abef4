package br.org.teia.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the accounting system's execution export, read and checked field by field: a stage
 * (or reversal) of the commitment {@code year}/{@code commitmentNumber}, with the document that
 * names it there. {@code line} is the line of the file, for reports.
 */
public record ExecutionLine(int line, int year, String commitmentNumber, EntryKind kind, String document,
    LocalDate date, BigDecimal amount, String blockCode, String sourceCode, String expenseNature, String subfunction,
    String creditorDocument, String creditorName, UUID unitId, String description) {}
