package br.org.teia.council.composition;

import br.org.teia.kernel.DomainRefusal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The composition rules of the municipal SUAS laws, as pure functions the service applies whatever
 * the entry point (form, API, demo data):
 * <ul>
 *   <li>a seat holds one member and one alternate at a time, within its segment's numbering (with the
 *       segments' parity kept by {@link Council}, this keeps the composition paritary);
 *   <li>a mandate lasts at most the council's mandate length;
 *   <li>a person holds at most 1 + {@code mandateReconductions} consecutive mandates: mandates are
 *       consecutive when no whole term separates them, whatever the seat or role (member or alternate);
 *   <li>a worker in a management position (direção or chefia) cannot hold a workers' seat;
 *   <li>the presidency alternates between government and civil society from one president to the
 *       next; the same president may be reconducted {@code presidencyReconductions} times (one year
 *       each, usually once), on the same side, and then must hand over to the other side.
 * </ul>
 */
final class CompositionRules {

  private CompositionRules() {}

  static void checkSeat(Segment segment, int seatNumber, MandateRole role) {
    int seats = segment.seats(role);
    if (seatNumber < 1 || seatNumber > seats) {
      throw new DomainRefusal("seatNumber", "council.mandate.seat-out-of-range", seatNumber, segment.name(), seats,
          new DefaultMessageSourceResolvable(role.labelKey()));
    }
  }

  static void checkPeriod(Council council, LocalDate start, LocalDate end) {
    if (start == null || end == null || !end.isAfter(start)) {
      throw new DomainRefusal("endsOn", "council.mandate.end-before-start");
    }
    if (end.isAfter(start.plusYears(council.mandateYears()))) {
      throw new DomainRefusal("endsOn", "council.mandate.too-long", council.mandateYears());
    }
  }

  /** {@code sameSlot}: the mandates of the same seat and role; one at a time. */
  static void checkSeatFree(List<Mandate> sameSlot, Period period) {
    if (sameSlot.stream().anyMatch(m -> m.period().overlaps(period))) {
      throw new DomainRefusal("seatNumber", "council.mandate.seat-taken");
    }
  }

  static void checkWorkerSeat(Segment segment, boolean managementPosition) {
    if (segment.kind() == SegmentKind.WORKERS && managementPosition) {
      throw new DomainRefusal("organisation", "council.mandate.worker-in-management");
    }
  }

  /**
   * {@code history}: the person's mandates in this council. Refuses a mandate overlapping another of
   * the same person, and one that would be a third (more generally, beyond 1 + reconductions)
   * consecutive mandate.
   */
  static void checkReconduction(Council council, List<Mandate> history, Period next, String personName) {
    if (history.stream().anyMatch(m -> m.period().overlaps(next))) {
      throw new DomainRefusal("cpf", "council.mandate.person-overlap", personName);
    }
    int consecutive = 1 + consecutiveBefore(history.stream().map(Mandate::period).toList(), next,
        council.mandateYears());
    int allowed = 1 + council.mandateReconductions();
    if (consecutive > allowed) {
      throw new DomainRefusal("cpf", "council.mandate.reconduction-exceeded", personName, consecutive - 1,
          council.mandateReconductions());
    }
  }

  /** How many periods in an unbroken chain end just before {@code next}. */
  static int consecutiveBefore(List<Period> periods, Period next, int termYears) {
    List<Period> earlier = periods.stream().filter(p -> p.end().isBefore(next.start()))
        .sorted(Comparator.comparing(Period::end).reversed()).toList();
    int chain = 0;
    Period following = next;
    for (Period period : earlier) {
      if (!period.isFollowedWithoutAFullTermBy(following, termYears)) {
        break;
      }
      chain++;
      following = period;
    }
    return chain;
  }

  /**
   * {@code history}: the council's presidencies. Refuses a term longer than the law's, overlapping
   * another, a president of the same side as the previous one (no alternation), and a reconduction
   * beyond the allowed ones.
   */
  static void checkPresidency(Council council, List<Presidency> history, UUID personId, Side side, Period term,
      String personName) {
    if (!term.end().isAfter(term.start())) {
      throw new DomainRefusal("mandateId", "council.presidency.end-before-start");
    }
    if (term.end().isAfter(term.start().plusYears(council.presidencyTermYears()))) {
      throw new DomainRefusal("mandateId", "council.presidency.too-long", council.presidencyTermYears());
    }
    if (history.stream().anyMatch(p -> p.period().overlaps(term))) {
      throw new DomainRefusal("mandateId", "council.presidency.overlap");
    }
    Presidency previous = history.stream().filter(p -> p.endsOn().isBefore(term.start()))
        .max(Comparator.comparing(Presidency::endsOn)).orElse(null);
    if (previous == null) {
      return;
    }
    if (previous.personId().equals(personId)) {
      List<Period> own = history.stream().filter(p -> p.personId().equals(personId)).map(Presidency::period).toList();
      int consecutive = 1 + consecutiveBefore(own, term, council.presidencyTermYears());
      if (consecutive > 1 + council.presidencyReconductions()) {
        throw new DomainRefusal("mandateId", "council.presidency.reconduction-exceeded", personName,
            council.presidencyReconductions());
      }
    } else if (previous.side() == side) {
      throw new DomainRefusal("mandateId", "council.presidency.must-alternate",
          new DefaultMessageSourceResolvable(side.labelKey()));
    }
  }
}
