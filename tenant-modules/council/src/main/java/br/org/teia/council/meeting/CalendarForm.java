package br.org.teia.council.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The yearly calendar of ordinary meetings: one a month, on the {@code weekOfMonth}-th
 * {@code dayOfWeek} (1 to 4; 5 means the last), e.g. "the second Tuesday, 14:00".
 */
public record CalendarForm(
    @Min(value = 2000, message = "{council.calendar.year.range}")
    @Max(value = 2100, message = "{council.calendar.year.range}") int year,
    @Min(value = 1, message = "{council.calendar.week.range}")
    @Max(value = 5, message = "{council.calendar.week.range}") int weekOfMonth,
    @NotNull(message = "{council.calendar.day.required}") DayOfWeek dayOfWeek,
    @NotNull(message = "{council.meeting.time.required}") LocalTime startTime,
    @NotBlank(message = "{council.meeting.place.required}")
    @Size(max = 200, message = "{council.meeting.place.size}") String place) {}
