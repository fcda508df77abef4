package br.org.teia.council.composition;

/** Aggregate-only figures of one council's composition: counts, no person. */
public record CompositionFigures(String acronym, int seats, boolean parityRespected, int vacantMemberSeats,
    int vacantAlternateSeats) {}
