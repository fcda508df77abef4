package br.org.teia.council.composition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A council and the rules its law sets, as a person fills them in; validated in the UI, the API
 * and the service, which also refuses segments that break parity.
 *
 * @param seats                    titular seats of the council (e.g. 20 = 10 government + 10 civil society)
 * @param mandateYears             length of a councillor's mandate
 * @param mandateReconductions     consecutive mandates allowed after the first (1: one reconduction)
 * @param presidencyTermYears      length of a presidency term
 * @param presidencyReconductions  consecutive terms the same president may add (1: one reconduction)
 * @param noticeDays               days before an ordinary meeting its agenda must be published
 * @param extraordinaryNoticeDays  the same for an extraordinary meeting (regimentos usually say 48 hours: 2)
 */
public record CouncilForm(
    @NotBlank(message = "{council.acronym.required}")
    @Pattern(regexp = "[A-Za-z0-9-]{2,20}", message = "{council.acronym.format}") String acronym,
    @NotBlank(message = "{council.name.required}")
    @Size(max = 200, message = "{council.name.size}") String name,
    @NotBlank(message = "{council.law-number.required}")
    @Size(max = 40, message = "{council.law-number.size}") String lawNumber,
    @NotNull(message = "{council.law-date.required}")
    @PastOrPresent(message = "{council.law-date.future}") LocalDate lawDate,
    @Min(value = 2, message = "{council.seats.range}") @Max(value = 100, message = "{council.seats.range}") int seats,
    @Min(value = 1, message = "{council.years.range}") @Max(value = 4, message = "{council.years.range}") int mandateYears,
    @Min(value = 0, message = "{council.reconductions.range}")
    @Max(value = 3, message = "{council.reconductions.range}") int mandateReconductions,
    @Min(value = 1, message = "{council.years.range}") @Max(value = 4, message = "{council.years.range}") int presidencyTermYears,
    @Min(value = 0, message = "{council.reconductions.range}")
    @Max(value = 3, message = "{council.reconductions.range}") int presidencyReconductions,
    @NotNull(message = "{council.quorum-rule.required}") QuorumRule quorumRule,
    @Min(value = 0, message = "{council.notice-days.range}")
    @Max(value = 60, message = "{council.notice-days.range}") int noticeDays,
    @Min(value = 0, message = "{council.notice-days.range}")
    @Max(value = 60, message = "{council.notice-days.range}") int extraordinaryNoticeDays,
    @NotEmpty(message = "{council.segments.required}") List<@Valid SegmentForm> segments) {

  public CouncilForm {
    acronym = acronym == null ? null : acronym.strip().toUpperCase(java.util.Locale.ROOT);
    name = name == null ? null : name.strip();
    lawNumber = lawNumber == null ? null : lawNumber.strip();
    segments = segments == null ? List.of() : List.copyOf(segments);
  }

  /** The usual CMAS rules: 2-year mandates and 1-year presidency, one reconduction each, absolute majority. */
  public static CouncilForm cmas(String name, String lawNumber, LocalDate lawDate, int seats, int noticeDays,
      List<SegmentForm> segments) {
    return new CouncilForm("CMAS", name, lawNumber, lawDate, seats, 2, 1, 1, 1, QuorumRule.ABSOLUTE_MAJORITY,
        noticeDays, 2, segments);
  }
}
