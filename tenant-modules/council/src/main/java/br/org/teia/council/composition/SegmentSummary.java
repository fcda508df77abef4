package br.org.teia.council.composition;

import java.util.UUID;

/** A segment as grids, forms and the API read it. */
public record SegmentSummary(UUID id, SegmentKind kind, Side side, String name, int memberSeats, int alternateSeats) {

  public SegmentForm form() {
    return new SegmentForm(id, kind, name, memberSeats, alternateSeats);
  }
}
