package br.org.teia.council.conference;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.Side;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TeiaUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A council's conferences: convening (ordinary every 4 years, extraordinary when needed), the
 * organising committee, delegates by segment, and deliberations followed up until done. The
 * secretary writes; council members and the municipal manager read; the public page reads the
 * deliberations of held conferences (no names).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConferenceService {

  private final ConferenceRepository conferences;
  private final CommitteeMemberRepository committee;
  private final DelegateRepository delegates;
  private final DeliberationRepository deliberations;
  private final DeliberationFollowUpRepository followUps;
  private final CompositionService composition;
  private final CurrentUser currentUser;
  private final EntityManager entities;
  private final Clock clock;

  ConferenceService(ConferenceRepository conferences, CommitteeMemberRepository committee,
      DelegateRepository delegates, DeliberationRepository deliberations, DeliberationFollowUpRepository followUps,
      CompositionService composition, CurrentUser currentUser, EntityManager entities, Clock clock) {
    this.conferences = conferences;
    this.committee = committee;
    this.delegates = delegates;
    this.deliberations = deliberations;
    this.followUps = followUps;
    this.composition = composition;
    this.currentUser = currentUser;
    this.entities = entities;
    this.clock = clock;
  }

  @RolesAllowed(CouncilAccess.READ)
  public List<ConferenceSummary> conferences(UUID councilId) {
    composition.council(councilId);
    return conferences.findAllByCouncil(councilId).stream().map(Conference::summary).toList();
  }

  /** The year the council's next ordinary conference is due (empty before its first one). */
  @RolesAllowed(CouncilAccess.READ)
  public Optional<Integer> nextOrdinaryYear(UUID councilId) {
    return ConferenceRules.nextOrdinaryYear(ordinaryYears(councilId, null));
  }

  @RolesAllowed(CouncilAccess.READ)
  public ConferenceDetail conference(UUID id) {
    return detail(find(id));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ConferenceSummary convene(UUID councilId, @Valid ConferenceForm form) {
    composition.council(councilId);
    if (form.kind() == ConferenceKind.ORDINARY) {
      ConferenceRules.requireOrdinarySpacing(form.startsOn().getYear(), ordinaryYears(councilId, null));
    }
    Conference conference = new Conference(councilId, form, clock.instant());
    return conferences.saveAndFlush(conference).summary();
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ConferenceSummary markHeld(UUID id) {
    Conference conference = find(id);
    conference.held(LocalDate.now(clock));
    return conferences.saveAndFlush(conference).summary();
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ConferenceSummary cancel(UUID id) {
    Conference conference = find(id);
    conference.cancel();
    return conferences.saveAndFlush(conference).summary();
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ConferenceDetail addCommitteeMember(UUID conferenceId, @Valid CommitteeMemberForm form) {
    return addPerson(conferenceId, committee, new CommitteeMember(conferenceId, form));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ConferenceDetail removeCommitteeMember(UUID conferenceId, UUID memberId) {
    return removePerson(conferenceId, committee, memberId);
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ConferenceDetail addDelegate(UUID conferenceId, @Valid DelegateForm form) {
    return addPerson(conferenceId, delegates, new Delegate(conferenceId, form));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ConferenceDetail removeDelegate(UUID conferenceId, UUID delegateId) {
    return removePerson(conferenceId, delegates, delegateId);
  }

  /** Records a deliberation of a held conference, numbered in order (the conference row is locked meanwhile). */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public DeliberationSummary addDeliberation(UUID conferenceId, @Valid DeliberationForm form) {
    Conference conference = find(conferenceId);
    entities.lock(conference, LockModeType.PESSIMISTIC_WRITE);
    conference.requireHeld();
    // Approved at the conference: its status dates from the conference's last day (or today, if still going on).
    LocalDate approvedOn = conference.summary().endsOn();
    LocalDate today = LocalDate.now(clock);
    Deliberation deliberation = new Deliberation(conferenceId, deliberations.lastNumber(conferenceId) + 1, form,
        approvedOn.isAfter(today) ? today : approvedOn);
    return deliberations.saveAndFlush(deliberation).summary(List.of());
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public DeliberationSummary followUp(UUID deliberationId, @Valid DeliberationFollowUpForm form) {
    Deliberation deliberation = deliberations.findById(deliberationId)
        .orElseThrow(() -> new NotFoundException("council.conference.deliberation-not-found", deliberationId));
    deliberation.followedUp(form);
    String recorder = currentUser.user().map(TeiaUser::displayName).orElse("?");
    followUps.save(new DeliberationFollowUp(deliberationId, form, recorder, clock.instant()));
    deliberations.saveAndFlush(deliberation);
    return deliberation.summary(followUps.findAllByDeliberations(List.of(deliberationId)).stream()
        .map(DeliberationFollowUp::summary).toList());
  }

  /** For the public page: held conferences with their deliberations and status, newest first; no names. */
  @PermitAll
  public List<PublicConference> publicConferences(UUID councilId) {
    return conferences.findAllByCouncil(councilId).stream()
        .filter(c -> c.summary().status() == ConferenceStatus.HELD)
        .map(c -> {
          ConferenceSummary s = c.summary();
          return new PublicConference(s.kind(), s.edition(), s.theme(), s.startsOn(), s.endsOn(), s.venue(),
              deliberations.findAllByConference(c.id()).stream().map(Deliberation::publicView).toList());
        })
        .toList();
  }

  private List<Integer> ordinaryYears(UUID councilId, UUID except) {
    return conferences.findAllByCouncil(councilId).stream()
        .map(Conference::summary)
        .filter(s -> s.kind() == ConferenceKind.ORDINARY && s.status() != ConferenceStatus.CANCELLED)
        .filter(s -> !s.id().equals(except))
        .map(s -> s.startsOn().getYear())
        .toList();
  }

  private <P extends ConferencePerson> ConferenceDetail addPerson(UUID conferenceId, JpaRepository<P, UUID> people,
      P person) {
    Conference conference = find(conferenceId);
    conference.requireOpenForPeople();
    people.saveAndFlush(person);
    return detail(conference);
  }

  /** Removes a person of this conference; one of another conference is not found, as an unknown id. */
  private <P extends ConferencePerson> ConferenceDetail removePerson(UUID conferenceId, JpaRepository<P, UUID> people,
      UUID personId) {
    Conference conference = find(conferenceId);
    conference.requireOpenForPeople();
    P person = people.findById(personId).filter(p -> p.conferenceId().equals(conferenceId))
        .orElseThrow(() -> new NotFoundException("council.conference.person-not-found", personId));
    people.delete(person);
    people.flush();
    return detail(conference);
  }

  private Conference find(UUID id) {
    return conferences.findById(id).orElseThrow(() -> new NotFoundException("council.conference.not-found", id));
  }

  private ConferenceDetail detail(Conference conference) {
    List<CommitteeMemberSummary> members = committee.findAllByConference(conference.id()).stream()
        .map(CommitteeMember::summary).toList();
    Map<Side, Long> bySide = members.stream().collect(Collectors.groupingBy(CommitteeMemberSummary::side,
        Collectors.counting()));
    boolean paritary = !members.isEmpty()
        && bySide.getOrDefault(Side.GOVERNMENT, 0L).equals(bySide.getOrDefault(Side.CIVIL_SOCIETY, 0L));
    List<DelegateSummary> people = delegates.findAllByConference(conference.id()).stream()
        .map(Delegate::summary).toList();
    Map<SegmentKind, Long> titulars = new EnumMap<>(SegmentKind.class);
    for (SegmentKind kind : SegmentKind.values()) {
      titulars.put(kind, people.stream().filter(d -> d.segment() == kind && d.role() == MandateRole.MEMBER).count());
    }
    List<Deliberation> list = deliberations.findAllByConference(conference.id());
    Map<UUID, List<DeliberationFollowUpSummary>> history = list.isEmpty() ? Map.of()
        : followUps.findAllByDeliberations(list.stream().map(Deliberation::id).toList()).stream()
            .collect(Collectors.groupingBy(DeliberationFollowUp::deliberationId,
                Collectors.mapping(DeliberationFollowUp::summary, Collectors.toList())));
    return new ConferenceDetail(conference.summary(), members, paritary, people, titulars,
        list.stream().map(d -> d.summary(history.getOrDefault(d.id(), List.of()))).toList());
  }
}
