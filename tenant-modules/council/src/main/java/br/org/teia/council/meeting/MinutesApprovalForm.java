package br.org.teia.council.meeting;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The later meeting at which a meeting's minutes were approved. */
public record MinutesApprovalForm(@NotNull(message = "{council.ui.minutes-approve-at-required}") UUID approvedAt) {}
