package br.org.teia.fund.ledger;

import java.util.UUID;

/** An expense as views and callers read it, with where its stages stand. */
public record ExpenseSummary(UUID id, int year, String commitmentNumber, String blockCode, String expenseNature,
    String creditor, String description, UUID unitId, ExpenseBalance balance) {}
