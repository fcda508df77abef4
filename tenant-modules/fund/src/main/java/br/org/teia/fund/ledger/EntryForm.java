package br.org.teia.fund.ledger;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A stage or reversal of an expense: its kind, date, amount and the document (nota, ordem de pagamento). */
public record EntryForm(
    @NotNull(message = "{fund.entry.kind.required}") EntryKind kind,
    @NotNull(message = "{fund.expense.date.required}") LocalDate date,
    @NotNull(message = "{fund.budget.amount.required}")
    @DecimalMin(value = "0.01", message = "{fund.budget.change.amount.range}")
    @Digits(integer = 13, fraction = 2, message = "{fund.budget.amount.decimals}") BigDecimal amount,
    @NotBlank(message = "{fund.entry.document.required}")
    @Size(max = 40, message = "{fund.entry.document.size}") String document) {

  public EntryForm {
    document = document == null || document.isBlank() ? null : document.strip();
  }
}
