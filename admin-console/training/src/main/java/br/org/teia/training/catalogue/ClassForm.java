package br.org.teia.training.catalogue;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A class (turma) as staff write it. {@code regions} (the console's) and {@code municipalities}
 * (IBGE codes) say who may enrol; both empty: every municipality. {@code municipalityCap}, when
 * given, is the most seats one municipality may hold.
 */
public record ClassForm(
    @NotBlank(message = "{training.class.name.required}") @Size(max = 120, message = "{training.text.too-long}") String name,
    @NotBlank(message = "{training.class.place.required}") @Size(max = 500, message = "{training.text.too-long}") String place,
    @NotBlank(message = "{training.class.instructor.required}") @Size(max = 200, message = "{training.text.too-long}") String instructor,
    @Min(value = 1, message = "{training.class.capacity.range}") @Max(value = 10000, message = "{training.class.capacity.range}") int capacity,
    @Min(value = 1, message = "{training.class.cap.range}") Integer municipalityCap,
    @NotNull(message = "{training.class.opens.required}") LocalDate enrolmentOpens,
    @NotNull(message = "{training.class.closes.required}") LocalDate enrolmentCloses,
    Set<UUID> regions,
    List<String> municipalities) {

  public ClassForm {
    name = CourseForm.clean(name);
    place = CourseForm.clean(place);
    instructor = CourseForm.clean(instructor);
    regions = regions == null ? Set.of() : Set.copyOf(regions);
    municipalities = municipalities == null ? List.of()
        : municipalities.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  @AssertTrue(message = "{training.class.window.order}")
  public boolean isWindowInOrder() {
    return enrolmentOpens == null || enrolmentCloses == null || !enrolmentCloses.isBefore(enrolmentOpens);
  }

  public static ClassForm blank(LocalDate today) {
    return new ClassForm(null, null, null, 30, null, today, today.plusDays(30), Set.of(), List.of());
  }
}
