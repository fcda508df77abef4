package br.org.teia.council.composition;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;

/**
 * A collegiate body of the municipality and the rules its law sets. It keeps parity itself: as
 * many government as civil-society seats, for members (titulares) and for alternates (suplentes).
 */
@Entity
@Table(name = "council")
class Council {

  @Id
  private UUID id;
  private String acronym;
  private String name;
  @Column(name = "law_number")
  private String lawNumber;
  @Column(name = "law_date")
  private LocalDate lawDate;
  private int seats;
  @Column(name = "mandate_years")
  private int mandateYears;
  @Column(name = "mandate_reconductions")
  private int mandateReconductions;
  @Column(name = "presidency_term_years")
  private int presidencyTermYears;
  @Column(name = "presidency_reconductions")
  private int presidencyReconductions;
  @Enumerated(EnumType.STRING)
  @Column(name = "quorum_rule")
  private QuorumRule quorumRule;
  @Column(name = "notice_days")
  private int noticeDays;
  @Column(name = "extraordinary_notice_days")
  private int extraordinaryNoticeDays;
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "council_id", nullable = false)
  @OrderBy("position")
  @BatchSize(size = 50)
  private List<Segment> segments = new ArrayList<>();
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Council() {}

  static Council create(CouncilForm form, Clock clock) {
    Council council = new Council();
    council.id = UUID.randomUUID();
    council.createdAt = clock.instant();
    council.apply(form, clock);
    return council;
  }

  /** Applies the form; refused when the segments break parity or do not add up to the seats. */
  void apply(CouncilForm form, Clock clock) {
    checkParity(form.seats(), form.segments());
    acronym = form.acronym();
    name = form.name();
    lawNumber = form.lawNumber();
    lawDate = form.lawDate();
    seats = form.seats();
    mandateYears = form.mandateYears();
    mandateReconductions = form.mandateReconductions();
    presidencyTermYears = form.presidencyTermYears();
    presidencyReconductions = form.presidencyReconductions();
    quorumRule = form.quorumRule();
    noticeDays = form.noticeDays();
    extraordinaryNoticeDays = form.extraordinaryNoticeDays();
    Map<UUID, Segment> existing = segments.stream().collect(Collectors.toMap(Segment::id, Function.identity()));
    List<Segment> next = new ArrayList<>();
    int position = 0;
    for (SegmentForm segment : form.segments()) {
      Segment kept = segment.id() == null ? null : existing.get(segment.id());
      if (kept == null) {
        next.add(new Segment(segment, position++));
      } else {
        kept.apply(segment, position++);
        next.add(kept);
      }
    }
    segments.clear();
    segments.addAll(next);
    updatedAt = clock.instant();
  }

  /**
   * Parity: the government's seats equal civil society's, counting members (titulares) and
   * alternates (suplentes) separately, and the segments' member seats add up to the council's seats.
   */
  static void checkParity(int seats, List<SegmentForm> segments) {
    int governmentMembers = 0;
    int civilMembers = 0;
    int governmentAlternates = 0;
    int civilAlternates = 0;
    for (SegmentForm segment : segments) {
      if (segment.kind() == null) {
        throw new TeiaException("council.segment.kind.required");
      }
      if (segment.kind().side() == Side.GOVERNMENT) {
        governmentMembers += segment.memberSeats();
        governmentAlternates += segment.alternateSeats();
      } else {
        civilMembers += segment.memberSeats();
        civilAlternates += segment.alternateSeats();
      }
    }
    if (governmentMembers + civilMembers != seats) {
      throw new DomainRefusal("seats", "council.parity.seats-sum", governmentMembers + civilMembers, seats);
    }
    if (governmentMembers != civilMembers) {
      throw new DomainRefusal("seats", "council.parity.members", governmentMembers, civilMembers);
    }
    if (governmentAlternates != civilAlternates) {
      throw new DomainRefusal("seats", "council.parity.alternates", governmentAlternates, civilAlternates);
    }
  }

  UUID id() {
    return id;
  }

  String acronym() {
    return acronym;
  }

  String name() {
    return name;
  }

  int seats() {
    return seats;
  }

  int mandateYears() {
    return mandateYears;
  }

  int mandateReconductions() {
    return mandateReconductions;
  }

  int presidencyTermYears() {
    return presidencyTermYears;
  }

  int presidencyReconductions() {
    return presidencyReconductions;
  }

  int version() {
    return version;
  }

  List<Segment> segments() {
    return List.copyOf(segments);
  }

  Optional<Segment> segment(UUID segmentId) {
    return segments.stream().filter(s -> s.id().equals(segmentId)).findFirst();
  }

  CouncilSummary summary() {
    return new CouncilSummary(id, acronym, name, lawNumber, lawDate, seats, mandateYears, mandateReconductions,
        presidencyTermYears, presidencyReconductions, quorumRule, quorumRule.required(seats), noticeDays,
        extraordinaryNoticeDays, segments.stream().map(Segment::summary).toList(), version);
  }
}
