package br.org.teia.fund.budget;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A crédito adicional (supplement) or a reduction of one allocation, by the act that made it. */
public record BudgetChangeForm(
    @NotNull(message = "{fund.budget.change.kind.required}") BudgetChangeKind kind,
    @NotBlank(message = "{fund.budget.change.act.required}")
    @Size(max = 120, message = "{fund.budget.change.act.size}") String act,
    @NotNull(message = "{fund.budget.change.act-date.required}") LocalDate actDate,
    @NotNull(message = "{fund.budget.amount.required}")
    @DecimalMin(value = "0.01", message = "{fund.budget.change.amount.range}")
    @DecimalMax(value = "9999999999999.99", message = "{fund.budget.change.amount.range}")
    @Digits(integer = 13, fraction = 2, message = "{fund.budget.amount.decimals}") BigDecimal amount) {

  public BudgetChangeForm {
    act = act == null || act.isBlank() ? null : act.strip();
  }
}
