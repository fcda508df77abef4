package br.org.teia.council.meeting;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.Side;
import java.util.UUID;

/** One councillor who could attend a meeting (mandate active on its date), and whether present. */
public record AttendanceLine(UUID mandateId, String segmentName, Side side, int seatNumber, MandateRole role,
    String personName, boolean present) {}
