package br.org.teia.fund.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The reversal (estorno) of a wrong revenue: the month it is recorded in, its document and why. */
public record RevenueReversalForm(
    @NotNull(message = "{fund.revenue.month.range}")
    @Min(value = 1, message = "{fund.revenue.month.range}") @Max(value = 12, message = "{fund.revenue.month.range}") Integer month,
    @NotBlank(message = "{fund.revenue.document.required}")
    @Size(max = 40, message = "{fund.entry.document.size}") String document,
    @NotBlank(message = "{fund.revenue.reason.required}")
    @Size(max = 200, message = "{fund.revenue.reason.size}") String reason) {

  public RevenueReversalForm {
    document = document == null || document.isBlank() ? null : document.strip();
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }
}
