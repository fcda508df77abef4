package br.org.teia.fund.ledger;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The balance a block carried into a year from the last (saldo reprogramado): zero or more reais. */
public record ReprogramForm(
    @NotNull(message = "{fund.budget.year.required}")
    @Min(value = 2016, message = "{fund.budget.year.range}") @Max(value = 2100, message = "{fund.budget.year.range}") Integer year,
    @NotBlank(message = "{fund.budget.block.required}") String blockCode,
    @NotNull(message = "{fund.budget.amount.required}")
    @DecimalMin(value = "0.00", message = "{fund.budget.amount.range}")
    @DecimalMax(value = "9999999999999.99", message = "{fund.budget.amount.range}")
    @Digits(integer = 13, fraction = 2, message = "{fund.budget.amount.decimals}") BigDecimal amount) {}
