package br.org.teia.council.composition;

import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.council.CouncilModule;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The municipality's councils, their rules and their composition (seats, mandates, presidency).
 * Every rule of {@link Council} and {@link CompositionRules} is enforced here, whatever the entry
 * point. Roles: the council's secretary writes; council members and the municipal manager read;
 * association roles read nothing here (they get {@link #figures} only, aggregate counts). The public
 * page reads {@link #publicCouncils()} and {@link #publicComposition}, which carry no personal data
 * beyond members' names and whom they represent, public by law.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CompositionService {

  /** "Mandates ending soon" means within this many days, unless asked otherwise. */
  public static final int ENDING_SOON_DAYS = 60;

  private final CouncilRepository councils;
  private final PersonRepository people;
  private final MandateRepository mandates;
  private final PresidencyRepository presidencies;
  private final AuditLog audit;
  private final Clock clock;
  private final Indicators indicators;

  CompositionService(CouncilRepository councils, PersonRepository people, MandateRepository mandates,
      PresidencyRepository presidencies, AuditLog audit, Clock clock, Indicators indicators) {
    this.councils = councils;
    this.people = people;
    this.mandates = mandates;
    this.presidencies = presidencies;
    this.audit = audit;
    this.clock = clock;
    this.indicators = indicators;
  }

  // ---- councils and their rules

  @RolesAllowed(CouncilAccess.READ)
  public List<CouncilSummary> councils() {
    return councils.findAllByOrderByAcronym().stream().map(Council::summary).toList();
  }

  @RolesAllowed(CouncilAccess.READ)
  public CouncilSummary council(UUID id) {
    return find(id).summary();
  }

  @RolesAllowed(CouncilAccess.READ)
  public Optional<CouncilSummary> councilByAcronym(String acronym) {
    return councils.findByAcronym(acronym == null ? "" : acronym.strip()).map(Council::summary);
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public CouncilSummary create(@Valid CouncilForm form) {
    indicators.changed(CouncilModule.NAME);
    if (councils.findByAcronym(form.acronym()).isPresent()) {
      throw new TeiaException("council.duplicate", form.acronym());
    }
    return councils.saveAndFlush(Council.create(form, clock)).summary();
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public CouncilSummary update(UUID id, int expectedVersion, @Valid CouncilForm form) {
    indicators.changed(CouncilModule.NAME);
    Council council = find(id);
    if (council.version() != expectedVersion) {
      throw new TeiaException("council.stale", council.acronym());
    }
    if (councils.existsByAcronymAndIdNot(form.acronym(), id)) {
      throw new TeiaException("council.duplicate", form.acronym());
    }
    checkSeatsStillExist(council, form);
    council.apply(form, clock);
    return councils.saveAndFlush(council).summary();
  }

  /** A segment that has mandates cannot go, and no seat can go while someone holds or will hold it. */
  private void checkSeatsStillExist(Council council, CouncilForm form) {
    Map<UUID, SegmentForm> kept = form.segments().stream().filter(s -> s.id() != null)
        .collect(Collectors.toMap(SegmentForm::id, Function.identity(), (a, b) -> a));
    LocalDate today = LocalDate.now(clock);
    for (Segment segment : council.segments()) {
      SegmentForm next = kept.get(segment.id());
      if (next == null) {
        if (mandates.existsBySegmentId(segment.id())) {
          throw new TeiaException("council.segment.occupied", segment.name());
        }
        continue;
      }
      boolean cut = mandates.findAllByCouncilIdOrderByStartsOn(council.id()).stream()
          .filter(m -> m.segmentId().equals(segment.id()) && !m.period().end().isBefore(today))
          .anyMatch(m -> m.seatNumber() > (m.role() == MandateRole.MEMBER ? next.memberSeats() : next.alternateSeats()));
      if (cut) {
        throw new TeiaException("council.segment.occupied", segment.name());
      }
    }
  }

  // ---- composition

  /** Seats, parity, vacancies and mandates ending within {@code endingWithinDays} days of {@code on}. */
  @RolesAllowed(CouncilAccess.READ)
  public CompositionSummary composition(UUID councilId, LocalDate on, int endingWithinDays) {
    Council council = find(councilId);
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    List<Mandate> all = mandates.findAllByCouncilIdOrderByStartsOn(councilId);
    Map<UUID, Person> persons = persons(all.stream().map(Mandate::personId).collect(Collectors.toSet()));
    List<SeatSummary> seats = seats(council, all, persons, day);
    ParityStatus parity = parity(seats);
    int vacantMembers = (int) seats.stream().filter(SeatSummary::memberVacant).count();
    int vacantAlternates = (int) seats.stream().filter(SeatSummary::alternateVacant).count();
    LocalDate limit = day.plusDays(Math.clamp(endingWithinDays, 0, 3650));
    List<MandateSummary> endingSoon = all.stream()
        .filter(m -> m.activeOn(day) && !m.period().end().isAfter(limit))
        .sorted(Comparator.comparing((Mandate m) -> m.period().end()))
        .map(m -> summary(council, m, persons.get(m.personId()))).toList();
    return new CompositionSummary(council.summary(), day, seats, parity, vacantMembers, vacantAlternates, endingSoon,
        presidencyOn(council, day).orElse(null));
  }

  /** Every mandate of the council, past, current and future, by start. */
  @RolesAllowed(CouncilAccess.READ)
  public List<MandateSummary> mandates(UUID councilId) {
    Council council = find(councilId);
    List<Mandate> all = mandates.findAllByCouncilIdOrderByStartsOn(councilId);
    Map<UUID, Person> persons = persons(all.stream().map(Mandate::personId).collect(Collectors.toSet()));
    return all.stream().map(m -> summary(council, m, persons.get(m.personId()))).toList();
  }

  /** The mandates active on {@code day}: who may attend a meeting that day. */
  @RolesAllowed(CouncilAccess.READ)
  public List<MandateSummary> activeMandates(UUID councilId, LocalDate day) {
    return mandates(councilId).stream().filter(m -> m.activeOn(day)).toList();
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MandateSummary addMandate(UUID councilId, @Valid MandateForm form) {
    indicators.changed(CouncilModule.NAME);
    Council council = find(councilId);
    Segment segment = council.segment(form.segmentId())
        .orElseThrow(() -> new TeiaException("council.mandate.segment.unknown"));
    String cpf = Cpf.digits(form.cpf());
    if (!Cpf.isValid(cpf)) {
      throw new TeiaException("council.mandate.cpf.invalid");
    }
    CompositionRules.checkSeat(segment, form.seatNumber(), form.role());
    CompositionRules.checkPeriod(council, form.startsOn(), form.endsOn());
    CompositionRules.checkWorkerSeat(segment, form.managementPosition());
    Period period = new Period(form.startsOn(), form.endsOn());
    CompositionRules.checkSeatFree(mandates.findAllByCouncilIdAndSegmentIdAndSeatNumberAndRole(councilId,
        segment.id(), form.seatNumber(), form.role()), period);
    Person person = people.findByCpf(cpf).orElseGet(() -> people.save(new Person(form.personName(), cpf, clock.instant())));
    CompositionRules.checkReconduction(council, mandates.findAllByCouncilIdAndPersonId(councilId, person.id()), period,
        person.name());
    Mandate mandate = mandates.saveAndFlush(new Mandate(councilId, segment.id(), form.seatNumber(), form.role(),
        person.id(), form.organisation(), form.managementPosition(), form.startsOn(), form.endsOn(), clock.instant()));
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, "council_mandate", mandate.id().toString(),
        "mandate created for person " + person.id());
    return summary(council, mandate, person);
  }

  /** Ends a mandate early (resignation, replacement): its seat is vacant from the next day. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MandateSummary endMandate(UUID mandateId, LocalDate on) {
    indicators.changed(CouncilModule.NAME);
    Mandate mandate = mandates.findById(mandateId)
        .orElseThrow(() -> new NotFoundException("council.mandate.not-found", mandateId));
    Council council = find(mandate.councilId());
    mandate.end(on == null ? LocalDate.now(clock) : on);
    mandates.saveAndFlush(mandate);
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, "council_mandate", mandate.id().toString(), "mandate ended");
    return summary(council, mandate, people.findById(mandate.personId()).orElseThrow());
  }

  // ---- presidency

  @RolesAllowed(CouncilAccess.READ)
  public List<PresidencySummary> presidencies(UUID councilId) {
    Council council = find(councilId);
    List<Presidency> all = presidencies.findAllByCouncilIdOrderByStartsOn(council.id());
    Map<UUID, Person> persons = persons(all.stream().map(Presidency::personId).collect(Collectors.toSet()));
    return all.stream().map(p -> summary(p, persons.get(p.personId()))).toList();
  }

  /** A presidency term for a titular member holding a mandate on its first day; side from the seat. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public PresidencySummary addPresidency(UUID councilId, @Valid PresidencyForm form) {
    indicators.changed(CouncilModule.NAME);
    Council council = find(councilId);
    Mandate mandate = mandates.findById(form.mandateId()).filter(m -> m.councilId().equals(councilId))
        .orElseThrow(() -> new NotFoundException("council.mandate.not-found", form.mandateId()));
    Person person = people.findById(mandate.personId()).orElseThrow();
    if (mandate.role() != MandateRole.MEMBER || !mandate.activeOn(form.startsOn())) {
      throw new TeiaException("council.presidency.not-a-member", person.name());
    }
    Side side = council.segment(mandate.segmentId()).orElseThrow().side();
    CompositionRules.checkPresidency(council, presidencies.findAllByCouncilIdOrderByStartsOn(councilId),
        person.id(), side, new Period(form.startsOn(), form.endsOn()), person.name());
    Presidency presidency = presidencies.saveAndFlush(
        new Presidency(councilId, person.id(), side, form.startsOn(), form.endsOn(), clock.instant()));
    return summary(presidency, person);
  }

  // ---- public reads (no login): names and whom they represent only

  /** The councils of the municipality in scope, for its public page. */
  @PermitAll
  public List<CouncilSummary> publicCouncils() {
    return councils.findAllByOrderByAcronym().stream().map(Council::summary).toList();
  }

  /** Members' names and organisations on each seat today, and the president's name. */
  @PermitAll
  public Optional<PublicComposition> publicComposition(String acronym) {
    return councils.findByAcronym(acronym == null ? "" : acronym.strip()).map(council -> {
      LocalDate today = LocalDate.now(clock);
      List<Mandate> all = mandates.findAllByCouncilIdOrderByStartsOn(council.id());
      Map<UUID, Person> persons = persons(all.stream().map(Mandate::personId).collect(Collectors.toSet()));
      List<PublicComposition.PublicSeat> seats = seats(council, all, persons, today).stream()
          .map(seat -> new PublicComposition.PublicSeat(seat.segmentName(), seat.side(), seat.number(),
              seat.member() == null ? null : seat.member().personName(),
              seat.member() == null ? null : seat.member().organisation(),
              seat.alternate() == null ? null : seat.alternate().personName(),
              seat.alternate() == null ? null : seat.alternate().organisation()))
          .toList();
      String president = presidencyOn(council, today).map(PresidencySummary::personName).orElse(null);
      return new PublicComposition(council.summary(), seats, president);
    });
  }

  /** Aggregate-only figures of every council today: parity, vacant seats. No person, no name. */
  @PermitAll
  public List<CompositionFigures> figures() {
    LocalDate today = LocalDate.now(clock);
    List<CompositionFigures> figures = new ArrayList<>();
    for (Council council : councils.findAllByOrderByAcronym()) {
      List<Mandate> all = mandates.findAllByCouncilIdOrderByStartsOn(council.id());
      List<SeatSummary> seats = seats(council, all, Map.of(), today);
      figures.add(new CompositionFigures(council.acronym(), council.seats(), parity(seats).respected(),
          (int) seats.stream().filter(SeatSummary::memberVacant).count(),
          (int) seats.stream().filter(SeatSummary::alternateVacant).count()));
    }
    return figures;
  }

  /** The seat slots held on {@code day} by mandate id, without names: for counting quorum. */
  @PermitAll
  public List<SeatHolder> seatHolders(UUID councilId, LocalDate day) {
    return mandates.findAllByCouncilIdOrderByStartsOn(councilId).stream().filter(m -> m.activeOn(day))
        .map(m -> new SeatHolder(m.id(), m.segmentId(), m.seatNumber(), m.role())).toList();
  }

  // ---- helpers

  private Council find(UUID id) {
    // Another municipality's id simply does not exist in this schema: "not found", never its data.
    return councils.findById(id).orElseThrow(() -> new NotFoundException("council.not-found", id));
  }

  private Map<UUID, Person> persons(Collection<UUID> ids) {
    Map<UUID, Person> found = new HashMap<>();
    people.findAllById(ids).forEach(p -> found.put(p.id(), p));
    return found;
  }

  private List<SeatSummary> seats(Council council, List<Mandate> all, Map<UUID, Person> persons, LocalDate day) {
    Map<String, Mandate> active = new HashMap<>();
    all.stream().filter(m -> m.activeOn(day))
        .forEach(m -> active.put(m.segmentId() + "/" + m.seatNumber() + "/" + m.role(), m));
    List<SeatSummary> seats = new ArrayList<>();
    for (Segment segment : council.segments()) {
      int count = Math.max(segment.memberSeats(), segment.seats(MandateRole.ALTERNATE));
      for (int number = 1; number <= count; number++) {
        Mandate member = active.get(segment.id() + "/" + number + "/" + MandateRole.MEMBER);
        Mandate alternate = active.get(segment.id() + "/" + number + "/" + MandateRole.ALTERNATE);
        seats.add(new SeatSummary(segment.id(), segment.name(), segment.kind(), segment.side(), number,
            member == null ? null : summary(council, member, persons.get(member.personId())),
            alternate == null ? null : summary(council, alternate, persons.get(alternate.personId())),
            number <= segment.seats(MandateRole.ALTERNATE)));
      }
    }
    return seats;
  }

  private static ParityStatus parity(List<SeatSummary> seats) {
    int gm = 0;
    int cm = 0;
    int ga = 0;
    int ca = 0;
    for (SeatSummary seat : seats) {
      boolean government = seat.side() == Side.GOVERNMENT;
      if (seat.member() != null) {
        if (government) {
          gm++;
        } else {
          cm++;
        }
      }
      if (seat.alternate() != null) {
        if (government) {
          ga++;
        } else {
          ca++;
        }
      }
    }
    return new ParityStatus(gm, cm, ga, ca);
  }

  private Optional<PresidencySummary> presidencyOn(Council council, LocalDate day) {
    return presidencies.findAllByCouncilIdOrderByStartsOn(council.id()).stream()
        .filter(p -> p.period().contains(day)).findFirst()
        .map(p -> summary(p, people.findById(p.personId()).orElseThrow()));
  }

  private static MandateSummary summary(Council council, Mandate mandate, Person person) {
    Segment segment = council.segment(mandate.segmentId()).orElseThrow();
    return new MandateSummary(mandate.id(), mandate.councilId(), segment.id(), segment.name(), segment.kind(),
        segment.side(), mandate.seatNumber(), mandate.role(), mandate.personId(),
        person == null ? null : person.name(), person == null ? null : person.maskedCpf(), mandate.organisation(),
        mandate.managementPosition(), mandate.startsOn(), mandate.endsOn(), mandate.endedOn());
  }

  private static PresidencySummary summary(Presidency presidency, Person person) {
    return new PresidencySummary(presidency.id(), presidency.personId(), person.name(), presidency.side(),
        presidency.startsOn(), presidency.endsOn());
  }
}
