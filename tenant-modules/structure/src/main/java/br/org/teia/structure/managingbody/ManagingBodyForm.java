package br.org.teia.structure.managingbody;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.validator.constraints.br.CNPJ;

/**
 * The managing body as a person fills it in. Blank texts become null and the CNPJ loses its
 * punctuation before validation, so "required" and "invalid" never both show for one empty field.
 * The CNPJ may be alphanumeric (Receita Federal issues those since July 2026). The nível de gestão
 * is optional (null: not recorded).
 */
public record ManagingBodyForm(
    @NotBlank(message = "{structure.managing-body.secretariat.required}")
    @Size(max = 200, message = "{structure.managing-body.secretariat.size}") String secretariatName,
    @NotBlank(message = "{structure.managing-body.cnpj.required}")
    @CNPJ(format = CNPJ.Format.ALPHANUMERIC, message = "{structure.managing-body.cnpj.invalid}") String fundCnpj,
    @NotBlank(message = "{structure.managing-body.manager.required}")
    @Size(max = 120, message = "{structure.managing-body.manager.size}") String managerName,
    @Size(max = 40, message = "{structure.managing-body.law-number.size}") String suasLawNumber,
    @PastOrPresent(message = "{structure.managing-body.law-date.future}") LocalDate suasLawDate,
    @Size(max = 500, message = "{structure.managing-body.law-url.size}")
    @Pattern(regexp = "https?://\\S+", message = "{structure.managing-body.law-url.invalid}") String suasLawUrl,
    @NotNull(message = "{structure.managing-body.population.required}")
    @Positive(message = "{structure.managing-body.population.range}")
    @Max(value = 20_000_000, message = "{structure.managing-body.population.range}") Integer population,
    SuasManagementLevel suasManagementLevel) {

  // Declared first: Vaadin's Binder.writeRecord() builds the record with the first declared constructor.
  public ManagingBodyForm {
    secretariatName = clean(secretariatName);
    fundCnpj = compactCnpj(fundCnpj);
    managerName = clean(managerName);
    suasLawNumber = clean(suasLawNumber);
    suasLawUrl = clean(suasLawUrl);
  }

  /** Without the nível de gestão (not recorded). */
  public ManagingBodyForm(String secretariatName, String fundCnpj, String managerName, String suasLawNumber,
      LocalDate suasLawDate, String suasLawUrl, Integer population) {
    this(secretariatName, fundCnpj, managerName, suasLawNumber, suasLawDate, suasLawUrl, population, null);
  }

  /** The CNPJ without punctuation, in capitals (the form validates it so, as the service does). */
  static String compactCnpj(String cnpj) {
    return cnpj == null || cnpj.isBlank() ? null : cnpj.replaceAll("[.\\-/\\s]", "").toUpperCase(Locale.ROOT);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
