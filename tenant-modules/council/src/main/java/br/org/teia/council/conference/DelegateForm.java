package br.org.teia.council.conference;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A delegate by segment (government, users, entities, workers), titular or alternate;
 * {@code stateStage}: elected to take the municipality's deliberations to the state conference.
 */
public record DelegateForm(
    @NotBlank(message = "{council.conference.person.required}")
    @Size(max = 200, message = "{council.conference.person.size}") String name,
    @NotNull(message = "{council.conference.segment.required}") SegmentKind segment,
    @NotNull(message = "{council.conference.role.required}") MandateRole role,
    @Size(max = 200, message = "{council.conference.organisation.size}") String organisation,
    boolean stateStage) {

  public DelegateForm {
    name = name == null ? null : name.strip();
    organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
  }
}
