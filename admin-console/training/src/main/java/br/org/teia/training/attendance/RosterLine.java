package br.org.teia.training.attendance;

import br.org.teia.training.enrolment.EnrolmentSummary;
import java.util.Map;
import java.util.UUID;

/** One person of a class's roster: the enrolment, attendance per session, and completion by the course's rule. */
public record RosterLine(EnrolmentSummary enrolment, Map<UUID, AttendanceStatus> attendance, int present, int excused,
    int absent, CompletionRule.Completion completion) {}
