package br.org.teia.training.catalogue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A course as staff write it. The completion rule: a minimum share of attended sessions (75% unless
 * said otherwise; excused absences not counted) and, optionally, a passing grade from 0 to 10.
 */
public record CourseForm(
    @NotBlank(message = "{training.course.title.required}") @Size(max = 200, message = "{training.text.too-long}") String title,
    @NotBlank(message = "{training.course.summary.required}") @Size(max = 4000, message = "{training.text.too-long}") String summary,
    @NotNull(message = "{training.course.audience.required}") Audience audience,
    @Min(value = 1, message = "{training.course.hours.range}") @Max(value = 1000, message = "{training.course.hours.range}") int workloadHours,
    @NotNull(message = "{training.course.modality.required}") Modality modality,
    @Size(max = 4000, message = "{training.text.too-long}") String topics,
    @Size(max = 2000, message = "{training.text.too-long}") String prerequisites,
    @Min(value = 1, message = "{training.course.attendance.range}") @Max(value = 100, message = "{training.course.attendance.range}") int minAttendancePct,
    @DecimalMin(value = "0", message = "{training.course.grade.range}") @DecimalMax(value = "10", message = "{training.course.grade.range}") BigDecimal passingGrade,
    boolean active) {

  public static final int DEFAULT_ATTENDANCE = 75;

  public CourseForm {
    title = clean(title);
    summary = clean(summary);
    topics = clean(topics);
    prerequisites = clean(prerequisites);
  }

  /** A new course's form: the default rule (75%, no grade), active. */
  public static CourseForm blank() {
    return new CourseForm(null, null, Audience.ANYONE, 20, Modality.IN_PERSON, null, null, DEFAULT_ATTENDANCE, null, true);
  }

  public static CourseForm of(CourseSummary course) {
    return new CourseForm(course.title(), course.summary(), course.audience(), course.workloadHours(), course.modality(),
        course.topics(), course.prerequisites(), course.minAttendancePct(), course.passingGrade(), course.active());
  }

  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
