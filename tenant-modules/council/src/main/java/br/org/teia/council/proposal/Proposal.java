package br.org.teia.council.proposal;

import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.CouncilAppreciationRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A matter another module submitted for a council's appreciation, waiting for an agenda. */
@Entity
@Table(name = "council_proposal")
class Proposal {

  @Id
  private UUID id;
  @Column(name = "council_acronym")
  private String councilAcronym;
  @Column(name = "source_module")
  private String sourceModule;
  @Enumerated(EnumType.STRING)
  private AppreciationSubject subject;
  private String reference;
  private String title;
  private String summary;
  @Column(name = "requested_on")
  private LocalDate requestedOn;
  @Column(name = "agenda_item_id")
  private UUID agendaItemId;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Proposal() {}

  Proposal(CouncilAppreciationRequested request, Instant now) {
    this.id = UUID.randomUUID();
    this.councilAcronym = request.council().strip().toUpperCase(java.util.Locale.ROOT);
    this.sourceModule = request.sourceModule();
    this.subject = request.subject();
    this.reference = request.reference();
    this.title = request.title();
    this.summary = request.summary();
    this.requestedOn = request.requestedOn();
    this.createdAt = now;
  }

  /**
   * Puts the proposal on an agenda item. {@code previousStands}: the item it had is still on a
   * meeting that was not cancelled; a proposal whose meeting was cancelled (or whose item was taken
   * off the agenda) waits for an agenda again.
   */
  void scheduledAs(UUID itemId, boolean previousStands) {
    if (agendaItemId != null && previousStands) {
      throw new br.org.teia.kernel.TeiaException("council.proposal.already-scheduled");
    }
    this.agendaItemId = itemId;
  }

  UUID id() {
    return id;
  }

  UUID agendaItemId() {
    return agendaItemId;
  }

  String title() {
    return title;
  }

  String summaryText() {
    return summary;
  }

  ProposalSummary summary() {
    return new ProposalSummary(id, councilAcronym, sourceModule, subject, reference, title, summary, requestedOn,
        agendaItemId);
  }
}
