package br.org.teia.fund.ledger;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A resource received: year and month, block, source, amount and the document (e.g. the FNAS release). */
public record RevenueForm(
    @NotNull(message = "{fund.budget.year.required}")
    @Min(value = 2016, message = "{fund.budget.year.range}") @Max(value = 2100, message = "{fund.budget.year.range}") Integer year,
    @NotNull(message = "{fund.revenue.month.range}")
    @Min(value = 1, message = "{fund.revenue.month.range}") @Max(value = 12, message = "{fund.revenue.month.range}") Integer month,
    @NotBlank(message = "{fund.budget.block.required}") String blockCode,
    @NotBlank(message = "{fund.budget.source.required}") String sourceCode,
    @NotNull(message = "{fund.budget.amount.required}")
    @DecimalMin(value = "0.01", message = "{fund.budget.change.amount.range}")
    @Digits(integer = 13, fraction = 2, message = "{fund.budget.amount.decimals}") BigDecimal amount,
    @NotBlank(message = "{fund.revenue.document.required}")
    @Size(max = 40, message = "{fund.entry.document.size}") String document) {}
