package br.org.teia.council.meeting;

/**
 * Aggregate-only figures of one council, for the association's indicators (the lead publishes
 * them through {@code br.org.teia.kernel.indicators}): counts and flags, never a person.
 *
 * @param meetingsHeld         meetings held in the last 12 months
 * @param meetingsWithQuorum   of those, how many reached quorum
 */
public record CouncilFigures(String acronym, int seats, boolean parityRespected, int vacantMemberSeats,
    int vacantAlternateSeats, int meetingsHeld, int meetingsWithQuorum) {}
