package br.org.teia.training.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An enrolment as lists show it: person, municipality, class and course, status, offer deadline. */
public record EnrolmentSummary(UUID id, long seq, UUID classId, String className, UUID courseId, String courseTitle,
    UUID participantId, UUID accountId, String participantName, String cpf, String ibgeCode, String municipality,
    EnrolmentStatus status, Instant offerExpiresAt, Instant requestedAt, BigDecimal grade, LocalDate startsOn,
    LocalDate endsOn) {}
