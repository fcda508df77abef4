package br.org.teia.council.meeting;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SeatHolder;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The quorum of a meeting, counted by seat: a seat is present when its member is, or when its
 * member is absent (or the member seat vacant) and its alternate is. An alternate never adds a
 * second vote to a seat whose member is present.
 */
public record Quorum(int required, int presentSeats) {

  public boolean reached() {
    return presentSeats >= required;
  }

  /** {@code active}: the mandates active on the meeting's date; {@code present}: those who signed in. */
  static Quorum of(int required, Collection<SeatHolder> active, Set<UUID> present) {
    Map<String, Boolean> memberPresent = new HashMap<>();
    Map<String, Boolean> alternatePresent = new HashMap<>();
    for (SeatHolder mandate : active) {
      String seat = mandate.segmentId() + "/" + mandate.seatNumber();
      boolean here = present.contains(mandate.mandateId());
      if (mandate.role() == MandateRole.MEMBER) {
        memberPresent.merge(seat, here, Boolean::logicalOr);
      } else {
        alternatePresent.merge(seat, here, Boolean::logicalOr);
      }
    }
    Set<String> seats = new java.util.HashSet<>(memberPresent.keySet());
    seats.addAll(alternatePresent.keySet());
    int count = 0;
    for (String seat : seats) {
      if (memberPresent.getOrDefault(seat, false) || alternatePresent.getOrDefault(seat, false)) {
        count++;
      }
    }
    return new Quorum(required, count);
  }
}
