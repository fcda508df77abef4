package br.org.teia.council.meeting;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.council.CouncilModule;
import jakarta.annotation.security.PermitAll;
import br.org.teia.kernel.search.SearchFolding;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Meetings of the councils: the yearly calendar, agendas published with notice, attendance, quorum,
 * votes and minutes. The council's secretary writes; council members and the municipal manager
 * read. Councillors do not register their own attendance: the attendance list is the council's
 * official record, kept by its executive secretary (and a councillor's login is not tied to a seat).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeetingService {

  private final MeetingRepository meetings;
  private final MinutesRepository minutes;
  private final CompositionService composition;
  private final Clock clock;
  private final Indicators indicators;

  private final AgendaNotices notices;

  MeetingService(MeetingRepository meetings, MinutesRepository minutes, CompositionService composition, Clock clock,
      Indicators indicators, AgendaNotices notices) {
    this.notices = notices;
    this.meetings = meetings;
    this.minutes = minutes;
    this.composition = composition;
    this.clock = clock;
    this.indicators = indicators;
  }

  @RolesAllowed(CouncilAccess.READ)
  public List<MeetingSummary> meetings(UUID councilId, int year) {
    CouncilSummary council = composition.council(councilId);
    return summaries(council, meetings.findAllByCouncilIdAndDateBetweenOrderByDateAscStartTimeAsc(councilId,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
  }

  /** For the header search: the first {@code size} meetings of any council whose place or agenda holds {@code text}, newest first. */
  @RolesAllowed(CouncilAccess.READ)
  public List<MeetingSummary> search(String text, int size) {
    return meetings.search(SearchFolding.pattern(text), PageRequest.of(0, Math.clamp(size, 1, 50))).stream()
        .map(this::summary).toList();
  }

  @RolesAllowed(CouncilAccess.READ)
  public MeetingDetail meeting(UUID meetingId) {
    Meeting meeting = find(meetingId);
    CouncilSummary council = composition.council(meeting.councilId());
    List<MandateSummary> active = composition.activeMandates(council.id(), meeting.date());
    Set<UUID> present = meeting.present();
    List<AttendanceLine> attendance = active.stream()
        .sorted(Comparator.comparing((MandateSummary m) -> m.side()).thenComparing(MandateSummary::segmentName)
            .thenComparingInt(MandateSummary::seatNumber).thenComparing(MandateSummary::role))
        .map(m -> new AttendanceLine(m.id(), m.segmentName(), m.side(), m.seatNumber(), m.role(), m.personName(),
            present.contains(m.id())))
        .toList();
    Optional<Minutes> ata = minutes.findById(meetingId);
    return new MeetingDetail(meeting.summary(council.acronym(), ata.map(Minutes::status).orElse(null)),
        meeting.items().stream().map(AgendaItem::summary).toList(), attendance,
        Quorum.of(council.quorumRequired(), composition.seatHolders(council.id(), meeting.date()), present), ata.map(Minutes::summary).orElse(null));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MeetingSummary schedule(UUID councilId, @Valid MeetingForm form) {
    indicators.changed(CouncilModule.NAME);
    CouncilSummary council = composition.council(councilId);
    return meetings.saveAndFlush(Meeting.schedule(council.id(), form, clock)).summary(council.acronym(), null);
  }

  /**
   * The year's ordinary meetings, one a month on the chosen weekday; months that already have an
   * ordinary meeting are left as they are, so generating twice creates nothing new.
   */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public List<MeetingSummary> generateCalendar(UUID councilId, @Valid CalendarForm form) {
    indicators.changed(CouncilModule.NAME);
    CouncilSummary council = composition.council(councilId);
    Set<YearMonth> taken = meetings.findAllByCouncilIdAndDateBetweenOrderByDateAscStartTimeAsc(councilId,
            LocalDate.of(form.year(), 1, 1), LocalDate.of(form.year(), 12, 31)).stream()
        .filter(m -> m.kind() == MeetingKind.ORDINARY && m.status() != MeetingStatus.CANCELLED)
        .map(m -> YearMonth.from(m.date())).collect(Collectors.toSet());
    List<Meeting> created = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      YearMonth yearMonth = YearMonth.of(form.year(), month);
      if (taken.contains(yearMonth)) {
        continue;
      }
      created.add(Meeting.schedule(councilId, new MeetingForm(MeetingKind.ORDINARY,
          dayOf(yearMonth, form.weekOfMonth(), form.dayOfWeek()), form.startTime(), form.place()), clock));
    }
    meetings.saveAllAndFlush(created);
    return summaries(council, created);
  }

  static LocalDate dayOf(YearMonth month, int weekOfMonth, java.time.DayOfWeek day) {
    LocalDate first = month.atDay(1);
    if (weekOfMonth >= 5) {
      return first.with(TemporalAdjusters.lastInMonth(day));
    }
    return first.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, day));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MeetingSummary cancel(UUID meetingId) {
    indicators.changed(CouncilModule.NAME);
    Meeting meeting = find(meetingId);
    meeting.cancel(locked(meetingId));
    meeting.touch(clock);
    return summary(meetings.saveAndFlush(meeting));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public AgendaItemSummary addItem(UUID meetingId, @Valid AgendaItemForm form) {
    return addItem(meetingId, form, null);
  }

  /** Adds an item that comes from a proposal (see the proposal feature). */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public AgendaItemSummary addItem(UUID meetingId, @Valid AgendaItemForm form, UUID proposalId) {
    Meeting meeting = find(meetingId);
    AgendaItem item = meeting.addItem(form.title(), form.description(), proposalId, notice(meeting),
        LocalDate.now(clock), locked(meetingId));
    meeting.touch(clock);
    meetings.saveAndFlush(meeting);
    return item.summary();
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public void removeItem(UUID meetingId, UUID itemId) {
    Meeting meeting = find(meetingId);
    meeting.removeItem(itemId, notice(meeting), LocalDate.now(clock), locked(meetingId));
    meeting.touch(clock);
    meetings.saveAndFlush(meeting);
  }

  /** Publishes the agenda today: refused when less than the council's notice days are left. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MeetingSummary publishAgenda(UUID meetingId) {
    return publish(meetingId, LocalDate.now(clock));
  }

  /**
   * Records a publication that happened on {@code publishedOn} (e.g. in the official gazette,
   * before the council used Teia): the same notice rule applies to that date, which cannot be in
   * the future.
   */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MeetingSummary recordAgendaPublication(UUID meetingId, LocalDate publishedOn) {
    if (publishedOn == null || publishedOn.isAfter(LocalDate.now(clock))) {
      throw new TeiaException("council.agenda.publication-in-future");
    }
    return publish(meetingId, publishedOn);
  }

  private MeetingSummary publish(UUID meetingId, LocalDate on) {
    Meeting meeting = find(meetingId);
    meeting.publishAgenda(on, notice(meeting));
    meeting.touch(clock);
    MeetingSummary published = summary(meetings.saveAndFlush(meeting));
    notices.published(published); // same transaction: no notice for a publication that is rolled back
    return published;
  }

  /** Who was present (mandate ids), replacing what was registered. Only mandates active that day. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MeetingDetail registerAttendance(UUID meetingId, Set<UUID> presentMandates) {
    indicators.changed(CouncilModule.NAME);
    Meeting meeting = find(meetingId);
    Set<UUID> eligible = composition.activeMandates(meeting.councilId(), meeting.date()).stream()
        .map(MandateSummary::id).collect(Collectors.toSet());
    meeting.registerAttendance(presentMandates == null ? Set.of() : new HashSet<>(presentMandates), eligible,
        LocalDate.now(clock), locked(meetingId));
    meeting.touch(clock);
    meetings.saveAndFlush(meeting);
    return meeting(meetingId);
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public AgendaItemSummary vote(UUID meetingId, UUID itemId, @Valid VoteForm form) {
    Meeting meeting = find(meetingId);
    meeting.vote(itemId, form.inFavour(), form.against(), form.abstentions(), quorum(meeting), locked(meetingId));
    meeting.touch(clock);
    meetings.saveAndFlush(meeting);
    return meeting.item(itemId).summary();
  }

  /** Drafts (or redrafts) the minutes of a meeting that took place; refused once approved. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MinutesSummary draftMinutes(UUID meetingId, String text) {
    Meeting meeting = find(meetingId);
    if (text == null || text.isBlank()) {
      throw new TeiaException("council.minutes.text.required");
    }
    if (meeting.status() != MeetingStatus.HELD) {
      throw new TeiaException("council.minutes.not-held");
    }
    Minutes ata = minutes.findById(meetingId).orElseGet(() -> new Minutes(meetingId));
    ata.draft(text.strip(), clock);
    return minutes.saveAndFlush(ata).summary();
  }

  /** Approves the minutes of {@code meetingId} at the later meeting {@code atMeetingId}; they are locked after. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public MinutesSummary approveMinutes(UUID meetingId, UUID atMeetingId) {
    Meeting of = find(meetingId);
    Meeting at = find(atMeetingId);
    Minutes ata = minutes.findById(meetingId).orElseThrow(() -> new TeiaException("council.minutes.none"));
    ata.approve(of, at, quorum(at), clock);
    return minutes.saveAndFlush(ata).summary();
  }

  // ---- deliberations (what resolutions are made from)

  /**
   * The item {@code itemId} of a meeting of {@code councilId}, when the council deliberated on it:
   * the meeting was held and the item voted. Empty for an item of another council, of a meeting
   * not held, or not voted.
   */
  @RolesAllowed(CouncilAccess.READ)
  public Optional<DeliberatedItem> deliberatedItem(UUID councilId, UUID itemId) {
    return meetings.findByItemsId(itemId)
        .filter(m -> m.councilId().equals(councilId) && m.status() == MeetingStatus.HELD)
        .flatMap(m -> Optional.of(m.item(itemId).summary()).filter(AgendaItemSummary::voted)
            .map(item -> DeliberatedItem.of(m, item)));
  }

  /** Every item the council deliberated on, newest meeting first. */
  @RolesAllowed(CouncilAccess.READ)
  public List<DeliberatedItem> deliberatedItems(UUID councilId) {
    composition.council(councilId);
    List<DeliberatedItem> found = new ArrayList<>();
    for (Meeting meeting : meetings.findAllByCouncilIdAndStatusOrderByDateDesc(councilId, MeetingStatus.HELD)) {
      meeting.items().stream().map(AgendaItem::summary).filter(AgendaItemSummary::voted)
          .forEach(item -> found.add(DeliberatedItem.of(meeting, item)));
    }
    return found;
  }

  /** An agenda item and its meeting, e.g. for the feature whose proposal the item deliberates on. */
  @RolesAllowed(CouncilAccess.READ)
  public Optional<ItemDeliberation> deliberation(UUID itemId) {
    return meetings.findByItemsId(itemId)
        .map(m -> new ItemDeliberation(m.id(), m.date(), m.status(), m.item(itemId).summary()));
  }

  // ---- public reads (no login)

  /** Meetings of the council whose agenda was published, newest first: what the public page shows. */
  @PermitAll
  public List<PublicMeeting> publicMeetings(UUID councilId) {
    List<Meeting> published = meetings.findAllByCouncilIdAndAgendaPublishedOnIsNotNullOrderByDateDesc(councilId);
    Map<UUID, Minutes> atas = new HashMap<>();
    minutes.findAllById(published.stream().map(Meeting::id).toList()).forEach(m -> atas.put(m.meetingId(), m));
    return published.stream().map(m -> {
      Minutes ata = atas.get(m.id());
      boolean approved = ata != null && ata.locked();
      return new PublicMeeting(m.date(), m.startTime(), m.place(), m.kind(),
          m.status(), m.agendaPublishedOn(), m.items().stream().map(AgendaItem::summary).toList(), approved,
          approved ? ata.summary().text() : null);
    }).toList();
  }

  /**
   * Aggregate-only figures of every council: parity, vacant seats, meetings held in the last 12
   * months and how many reached quorum. For the association's indicators; no person in them.
   */
  @PermitAll
  public List<CouncilFigures> figures() {
    LocalDate today = LocalDate.now(clock);
    List<CouncilFigures> figures = new ArrayList<>();
    Map<String, CouncilSummary> councils = composition.publicCouncils().stream()
        .collect(Collectors.toMap(CouncilSummary::acronym, c -> c));
    for (var counts : composition.figures()) {
      CouncilSummary council = councils.get(counts.acronym());
      int held = 0;
      int withQuorum = 0;
      for (Meeting meeting : meetings.findAllByCouncilIdAndDateBetweenOrderByDateAscStartTimeAsc(council.id(),
          today.minusMonths(12), today)) {
        if (meeting.status() == MeetingStatus.HELD) {
          held++;
          if (Quorum.of(council.quorumRequired(), composition.seatHolders(council.id(), meeting.date()),
              meeting.present()).reached()) {
            withQuorum++;
          }
        }
      }
      figures.add(new CouncilFigures(counts.acronym(), counts.seats(), counts.parityRespected(),
          counts.vacantMemberSeats(), counts.vacantAlternateSeats(), held, withQuorum));
    }
    return figures;
  }

  // ---- helpers

  private Meeting find(UUID id) {
    return meetings.findById(id).orElseThrow(() -> new NotFoundException("council.meeting.not-found", id));
  }

  private boolean locked(UUID meetingId) {
    return minutes.findById(meetingId).map(Minutes::locked).orElse(false);
  }

  private Notice notice(Meeting meeting) {
    CouncilSummary council = composition.council(meeting.councilId());
    return new Notice(meeting.kind(),
        meeting.kind() == MeetingKind.ORDINARY ? council.noticeDays() : council.extraordinaryNoticeDays());
  }

  private Quorum quorum(Meeting meeting) {
    CouncilSummary council = composition.council(meeting.councilId());
    return Quorum.of(council.quorumRequired(), composition.seatHolders(council.id(), meeting.date()),
        meeting.present());
  }

  private MeetingSummary summary(Meeting meeting) {
    CouncilSummary council = composition.council(meeting.councilId());
    return meeting.summary(council.acronym(), minutes.findById(meeting.id()).map(Minutes::status).orElse(null));
  }

  private List<MeetingSummary> summaries(CouncilSummary council, List<Meeting> found) {
    Map<UUID, MinutesStatus> statuses = new HashMap<>();
    minutes.findAllById(found.stream().map(Meeting::id).toList()).forEach(m -> statuses.put(m.meetingId(), m.status()));
    return found.stream().map(m -> m.summary(council.acronym(), statuses.get(m.id()))).toList();
  }
}
