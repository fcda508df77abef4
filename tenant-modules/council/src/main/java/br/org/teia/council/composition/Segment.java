package br.org.teia.council.composition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A segment of a council's composition; its seats are numbered 1..memberSeats (and 1..alternateSeats). */
@Entity
@Table(name = "council_segment")
class Segment {

  @Id
  private UUID id;
  @Enumerated(EnumType.STRING)
  private SegmentKind kind;
  private String name;
  @Column(name = "member_seats")
  private int memberSeats;
  @Column(name = "alternate_seats")
  private int alternateSeats;
  private int position;

  protected Segment() {}

  Segment(SegmentForm form, int position) {
    this.id = UUID.randomUUID();
    apply(form, position);
  }

  void apply(SegmentForm form, int position) {
    this.kind = form.kind();
    this.name = form.name();
    this.memberSeats = form.memberSeats();
    this.alternateSeats = form.alternateSeats();
    this.position = position;
  }

  UUID id() {
    return id;
  }

  SegmentKind kind() {
    return kind;
  }

  Side side() {
    return kind.side();
  }

  String name() {
    return name;
  }

  int seats(MandateRole role) {
    return role == MandateRole.MEMBER ? memberSeats : alternateSeats;
  }

  int memberSeats() {
    return memberSeats;
  }

  int position() {
    return position;
  }

  SegmentSummary summary() {
    return new SegmentSummary(id, kind, kind.side(), name, memberSeats, alternateSeats);
  }
}
