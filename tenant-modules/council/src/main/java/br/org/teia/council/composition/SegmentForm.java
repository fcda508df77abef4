package br.org.teia.council.composition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * One segment of a council: a secretariat's government seats, or a civil-society segment's seats.
 * {@code id} is null for a new segment; {@code memberSeats} are titular seats, {@code alternateSeats}
 * suplentes.
 */
public record SegmentForm(
    UUID id,
    @NotNull(message = "{council.segment.kind.required}") SegmentKind kind,
    @NotBlank(message = "{council.segment.name.required}")
    @Size(max = 200, message = "{council.segment.name.size}") String name,
    @Min(value = 1, message = "{council.segment.seats.range}")
    @Max(value = 50, message = "{council.segment.seats.range}") int memberSeats,
    @Min(value = 0, message = "{council.segment.seats.range}")
    @Max(value = 50, message = "{council.segment.seats.range}") int alternateSeats) {

  public SegmentForm {
    name = name == null ? null : name.strip();
  }
}
