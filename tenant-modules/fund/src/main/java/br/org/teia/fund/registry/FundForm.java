package br.org.teia.fund.registry;

import br.org.teia.kernel.suas.Cnpj;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.br.CNPJ;

/**
 * The fund's registry as the manager fills it in. Blank texts become null and the CNPJ loses its
 * punctuation before validation ({@link Cnpj#strip}), so "11.222.333/0001-81" and "11222333000181"
 * are the same CNPJ and "required" and "invalid" never both show for one empty field.
 */
public record FundForm(
    @NotBlank(message = "{fund.registry.name.required}")
    @Size(max = 200, message = "{fund.registry.name.size}") String name,
    @NotBlank(message = "{fund.registry.cnpj.required}")
    @CNPJ(message = "{fund.registry.cnpj.invalid}") String cnpj,
    @NotBlank(message = "{fund.registry.managing-body.required}")
    @Size(max = 200, message = "{fund.registry.managing-body.size}") String managingBody,
    @NotBlank(message = "{fund.registry.ordinator.required}")
    @Size(max = 120, message = "{fund.registry.ordinator.size}") String ordinatorName,
    @Size(max = 120, message = "{fund.registry.ordinator-position.size}") String ordinatorPosition,
    @NotBlank(message = "{fund.registry.law-number.required}")
    @Size(max = 40, message = "{fund.registry.law-number.size}") String lawNumber,
    @PastOrPresent(message = "{fund.registry.law-date.future}") LocalDate lawDate) {

  // Declared first: Vaadin's Binder.writeRecord() builds the record with the first declared constructor.
  public FundForm {
    name = clean(name);
    cnpj = Cnpj.strip(cnpj);
    managingBody = clean(managingBody);
    ordinatorName = clean(ordinatorName);
    ordinatorPosition = clean(ordinatorPosition);
    lawNumber = clean(lawNumber);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
