package br.org.teia.council.proposal;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The meeting whose agenda takes a proposal. */
public record ScheduleForm(@NotNull(message = "{council.proposal.meeting.required}") UUID meetingId) {}
