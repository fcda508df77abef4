package br.org.teia.council.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A complaint as received. An anonymous complaint carries no name nor contact; a named one needs
 * at least the name (the contact is how the council answers).
 */
public record ComplaintForm(
    @NotNull(message = "{council.complaint.received-on.required}")
    @PastOrPresent(message = "{council.complaint.received-on.future}") LocalDate receivedOn,
    @NotNull(message = "{council.complaint.channel.required}") ComplaintChannel channel,
    boolean anonymous,
    @Size(max = 200, message = "{council.complaint.name.size}") String complainantName,
    @Size(max = 200, message = "{council.complaint.contact.size}") String complainantContact,
    @NotBlank(message = "{council.complaint.subject.required}")
    @Size(max = 200, message = "{council.complaint.subject.size}") String subject,
    @Size(max = 200, message = "{council.complaint.concerning.size}") String concerning,
    @NotBlank(message = "{council.complaint.description.required}")
    @Size(max = 10000, message = "{council.complaint.description.size}") String description) {

  public ComplaintForm {
    complainantName = blankToNull(complainantName);
    complainantContact = blankToNull(complainantContact);
    subject = subject == null ? null : subject.strip();
    concerning = blankToNull(concerning);
    description = description == null ? null : description.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
