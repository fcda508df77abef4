package br.org.teia.council.conference;

import br.org.teia.council.composition.Side;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member of the conference's organising committee, from government or civil society. */
public record CommitteeMemberForm(
    @NotBlank(message = "{council.conference.person.required}")
    @Size(max = 200, message = "{council.conference.person.size}") String name,
    @NotNull(message = "{council.conference.side.required}") Side side,
    @Size(max = 200, message = "{council.conference.organisation.size}") String organisation,
    boolean coordinator) {

  public CommitteeMemberForm {
    name = name == null ? null : name.strip();
    organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
  }
}
