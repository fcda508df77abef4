package br.org.teia.structure.entity;

import br.org.teia.kernel.suas.Cnpj;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.validator.constraints.br.CNPJ;

/**
 * An entity of the network as a person fills it in; validated in the UI, the API and the service.
 * Blank texts become null; the CNPJ and the phone lose their punctuation before validation, so
 * "11.222.333/0001-81" and "11222333000181" are the same CNPJ, "(31) 3333-4444" and "3133334444"
 * the same phone. The CNEAS number has no published format: free text, letters, digits and
 * separators, up to 30 characters. The contact person is a business contact of the entity.
 */
public record SocialEntityForm(
    @NotBlank(message = "{structure.entity.cnpj.required}")
    @CNPJ(message = "{structure.entity.cnpj.invalid}") String cnpj,
    @NotBlank(message = "{structure.entity.legal-name.required}")
    @Size(max = 200, message = "{structure.entity.name.size}") String legalName,
    @Size(max = 200, message = "{structure.entity.name.size}") String tradeName,
    @NotEmpty(message = "{structure.entity.actions.required}") Set<ActionType> actions,
    List<@Valid ServiceOffer> services,
    @Size(max = 30, message = "{structure.entity.cneas.invalid}")
    @Pattern(regexp = "[0-9A-Za-z./\\- ]*", message = "{structure.entity.cneas.invalid}") String cneasNumber,
    @Size(max = 300, message = "{structure.entity.address.size}") String address,
    UUID territoryId,
    @Pattern(regexp = "\\d{10,11}", message = "{structure.entity.phone.invalid}") String phone,
    @Size(max = 254, message = "{structure.entity.email.invalid}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{structure.entity.email.invalid}") String email,
    @Size(max = 120, message = "{structure.entity.contact-name.size}") String contactName) {

  public SocialEntityForm {
    cnpj = Cnpj.strip(cnpj);
    legalName = clean(legalName);
    tradeName = clean(tradeName);
    actions = actions == null ? Set.of() : Set.copyOf(actions);
    services = services == null ? List.of() : List.copyOf(services);
    cneasNumber = clean(cneasNumber);
    address = clean(address);
    phone = phoneDigits(phone);
    email = clean(email);
    contactName = clean(contactName);
  }

  /** The phone without punctuation (the form validates it so, as the service does). */
  static String phoneDigits(String phone) {
    return phone == null || phone.isBlank() ? null : phone.replaceAll("[()\\s.\\-]", "");
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
