package br.org.teia.council.composition;

import java.util.UUID;

/** Who holds which seat slot, without saying who: what quorum counting needs. */
public record SeatHolder(UUID mandateId, UUID segmentId, int seatNumber, MandateRole role) {}
