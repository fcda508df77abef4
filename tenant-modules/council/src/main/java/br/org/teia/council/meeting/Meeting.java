package br.org.teia.council.meeting;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A meeting of a council: its agenda, published with the council's notice; who attended; the
 * votes. Once its minutes are approved nothing of it changes.
 */
@Entity
@Table(name = "council_meeting")
class Meeting {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  @Enumerated(EnumType.STRING)
  private MeetingKind kind;
  @Column(name = "meeting_date")
  private LocalDate date;
  @Column(name = "start_time")
  private LocalTime startTime;
  private String place;
  @Enumerated(EnumType.STRING)
  private MeetingStatus status;
  @Column(name = "agenda_published_on")
  private LocalDate agendaPublishedOn;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "meeting_id", nullable = false)
  @OrderBy("position")
  @BatchSize(size = 50)
  private List<AgendaItem> items = new ArrayList<>();
  @ElementCollection
  @CollectionTable(name = "council_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "mandate_id")
  @BatchSize(size = 50)
  private Set<UUID> present = new HashSet<>();
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Meeting() {}

  static Meeting schedule(UUID councilId, MeetingForm form, Clock clock) {
    Meeting meeting = new Meeting();
    meeting.id = UUID.randomUUID();
    meeting.councilId = councilId;
    meeting.kind = form.kind();
    meeting.date = form.date();
    meeting.startTime = form.startTime();
    meeting.place = form.place();
    meeting.status = MeetingStatus.SCHEDULED;
    meeting.createdAt = clock.instant();
    meeting.updatedAt = meeting.createdAt;
    return meeting;
  }

  /**
   * Adds an item. Before publication, any time; after it, only while the agenda could still be
   * published in time (an item added later would reach councillors without the notice).
   */
  AgendaItem addItem(String title, String description, UUID proposalId, Notice notice, LocalDate today,
      boolean locked) {
    requireOpen(locked);
    if (agendaPublishedOn != null) {
      notice.check(date, today);
    }
    AgendaItem item = new AgendaItem(items.size() + 1, title, description, proposalId);
    items.add(item);
    return item;
  }

  void removeItem(UUID itemId, Notice notice, LocalDate today, boolean locked) {
    requireOpen(locked);
    if (agendaPublishedOn != null) {
      notice.check(date, today);
    }
    if (!items.removeIf(item -> item.id().equals(itemId))) {
      throw new br.org.teia.kernel.NotFoundException("council.agenda-item.not-found", itemId);
    }
    for (int i = 0; i < items.size(); i++) {
      items.get(i).moveTo(i + 1);
    }
  }

  /** Publishes the agenda on {@code on}: refused after the notice's last day. */
  void publishAgenda(LocalDate on, Notice notice) {
    if (status != MeetingStatus.SCHEDULED) {
      throw new TeiaException("council.meeting.not-scheduled");
    }
    if (agendaPublishedOn != null) {
      throw new TeiaException("council.agenda.already-published",
          agendaPublishedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
    if (items.isEmpty()) {
      throw new TeiaException("council.agenda.empty");
    }
    notice.check(date, on);
    agendaPublishedOn = on;
  }

  /** Who attended, replacing what was registered; the meeting is then held. */
  void registerAttendance(Set<UUID> presentMandates, Set<UUID> eligible, LocalDate today, boolean locked) {
    if (locked) {
      throw new TeiaException("council.minutes.locked");
    }
    if (status == MeetingStatus.CANCELLED) {
      throw new TeiaException("council.meeting.cancelled");
    }
    if (date.isAfter(today)) {
      throw new TeiaException("council.attendance.future");
    }
    if (!eligible.containsAll(presentMandates)) {
      throw new TeiaException("council.attendance.not-a-councillor");
    }
    present.clear();
    present.addAll(presentMandates);
    status = MeetingStatus.HELD;
  }

  /** Votes on an item: only in a held meeting with quorum, and no more votes than seats present. */
  void vote(UUID itemId, int inFavour, int against, int abstaining, Quorum quorum, boolean locked) {
    if (locked) {
      throw new TeiaException("council.minutes.locked");
    }
    if (status != MeetingStatus.HELD) {
      throw new TeiaException("council.vote.not-held");
    }
    if (!quorum.reached()) {
      throw new DomainRefusal("inFavour", "council.vote.no-quorum", quorum.presentSeats(), quorum.required());
    }
    if (inFavour < 0 || against < 0 || abstaining < 0) {
      throw new DomainRefusal("inFavour", "council.vote.negative");
    }
    if (inFavour + against + abstaining > quorum.presentSeats()) {
      throw new DomainRefusal("inFavour", "council.vote.too-many", inFavour + against + abstaining, quorum.presentSeats());
    }
    item(itemId).vote(inFavour, against, abstaining);
  }

  void cancel(boolean locked) {
    if (locked || status == MeetingStatus.HELD) {
      throw new TeiaException("council.meeting.already-held");
    }
    status = MeetingStatus.CANCELLED;
  }

  void touch(Clock clock) {
    updatedAt = clock.instant();
  }

  private void requireOpen(boolean locked) {
    if (locked) {
      throw new TeiaException("council.minutes.locked");
    }
    if (status != MeetingStatus.SCHEDULED) {
      throw new TeiaException("council.meeting.not-scheduled");
    }
  }

  AgendaItem item(UUID itemId) {
    return items.stream().filter(item -> item.id().equals(itemId)).findFirst()
        .orElseThrow(() -> new br.org.teia.kernel.NotFoundException("council.agenda-item.not-found", itemId));
  }

  UUID id() {
    return id;
  }

  UUID councilId() {
    return councilId;
  }

  MeetingKind kind() {
    return kind;
  }

  LocalDate date() {
    return date;
  }

  LocalTime startTime() {
    return startTime;
  }

  String place() {
    return place;
  }

  MeetingStatus status() {
    return status;
  }

  LocalDate agendaPublishedOn() {
    return agendaPublishedOn;
  }

  Set<UUID> present() {
    return Set.copyOf(present);
  }

  List<AgendaItem> items() {
    return List.copyOf(items);
  }

  int version() {
    return version;
  }

  MeetingSummary summary(String councilAcronym, MinutesStatus minutes) {
    return new MeetingSummary(id, councilId, councilAcronym, kind, date, startTime, place, status, agendaPublishedOn,
        items.size(), minutes, version);
  }
}
