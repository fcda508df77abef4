package br.org.teia.fund.ledger;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A commitment (empenho) typed by hand: its number in the accounting system, classification, amount. */
public record ExpenseForm(
    @NotNull(message = "{fund.budget.year.required}")
    @Min(value = 2016, message = "{fund.budget.year.range}") @Max(value = 2100, message = "{fund.budget.year.range}") Integer year,
    @NotBlank(message = "{fund.expense.number.required}")
    @Size(max = 20, message = "{fund.expense.number.size}") String commitmentNumber,
    @NotBlank(message = "{fund.budget.block.required}") String blockCode,
    @NotBlank(message = "{fund.budget.nature.required}")
    @Pattern(regexp = "[34]\\.[0-9]\\.[0-9]{2}\\.[0-9]{2}", message = "{fund.budget.nature.invalid}") String expenseNature,
    @NotBlank(message = "{fund.expense.creditor.required}")
    @Size(max = 200, message = "{fund.expense.creditor.size}") String creditor,
    @Size(max = 500, message = "{fund.expense.description.size}") String description,
    UUID unitId,
    @NotNull(message = "{fund.expense.date.required}") LocalDate date,
    @NotNull(message = "{fund.budget.amount.required}")
    @DecimalMin(value = "0.01", message = "{fund.budget.change.amount.range}")
    @Digits(integer = 13, fraction = 2, message = "{fund.budget.amount.decimals}") BigDecimal amount) {

  public ExpenseForm {
    commitmentNumber = clean(commitmentNumber);
    blockCode = clean(blockCode);
    expenseNature = clean(expenseNature);
    creditor = clean(creditor);
    description = clean(description);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
