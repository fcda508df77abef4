package br.org.teia.council.composition;

import java.util.UUID;

/**
 * One seat of the composition on a date: its member (titular) and alternate (suplente), null when
 * vacant. {@code alternateSlot} is false when the segment has fewer alternate than member seats.
 */
public record SeatSummary(UUID segmentId, String segmentName, SegmentKind kind, Side side, int number,
    MandateSummary member, MandateSummary alternate, boolean alternateSlot) {

  public boolean memberVacant() {
    return member == null;
  }

  public boolean alternateVacant() {
    return alternateSlot && alternate == null;
  }
}
