package br.org.teia.fund.budget;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An allocation (dotação) of the fund's budget for a year: the financing block and funding source
 * (catalogue codes of that year), the programme/action (e.g. "2.045", "Manutenção do CRAS"), the
 * subfunction of function 08 (241 idoso, 242 pessoa com deficiência, 243 criança e adolescente, 244
 * assistência comunitária) and the expense nature (e.g. 3.3.90.39), with the amount the LOA gave it.
 */
public record AllocationForm(
    @NotNull(message = "{fund.budget.year.required}")
    @Min(value = 2016, message = "{fund.budget.year.range}") @Max(value = 2100, message = "{fund.budget.year.range}") Integer year,
    @NotBlank(message = "{fund.budget.block.required}") String blockCode,
    @NotBlank(message = "{fund.budget.action-code.required}")
    @Pattern(regexp = "[0-9][0-9.]{0,19}", message = "{fund.budget.action-code.invalid}") String actionCode,
    @NotBlank(message = "{fund.budget.action-name.required}")
    @Size(max = 200, message = "{fund.budget.action-name.size}") String actionName,
    @NotBlank(message = "{fund.budget.source.required}") String sourceCode,
    @NotBlank(message = "{fund.budget.subfunction.required}")
    @Pattern(regexp = "24[1-4]", message = "{fund.budget.subfunction.invalid}") String subfunction,
    @NotBlank(message = "{fund.budget.nature.required}")
    @Pattern(regexp = "[34]\\.[0-9]\\.[0-9]{2}\\.[0-9]{2}", message = "{fund.budget.nature.invalid}") String expenseNature,
    @NotNull(message = "{fund.budget.amount.required}")
    @DecimalMin(value = "0.00", message = "{fund.budget.amount.range}")
    @DecimalMax(value = "9999999999999.99", message = "{fund.budget.amount.range}")
    @Digits(integer = 13, fraction = 2, message = "{fund.budget.amount.decimals}") BigDecimal initialAmount) {

  public AllocationForm {
    blockCode = clean(blockCode);
    actionCode = clean(actionCode);
    actionName = clean(actionName);
    sourceCode = clean(sourceCode);
    subfunction = clean(subfunction);
    expenseNature = clean(expenseNature);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
