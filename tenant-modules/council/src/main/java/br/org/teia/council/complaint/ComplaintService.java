package br.org.teia.council.complaint;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TeiaUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Complaints (denúncias) received by a council: intake with a protocol number per council and year,
 * follow-up, closing with a reasoned outcome. The secretary records everything and is the only one
 * who sees who complained (each such read is audited); council members follow the cases without it.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final ComplaintFollowUpRepository followUps;
  private final CompositionService composition;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final EntityManager entities;
  private final Clock clock;

  ComplaintService(ComplaintRepository complaints, ComplaintFollowUpRepository followUps,
      CompositionService composition, CurrentUser currentUser, AuditLog audit, EntityManager entities, Clock clock) {
    this.complaints = complaints;
    this.followUps = followUps;
    this.composition = composition;
    this.currentUser = currentUser;
    this.audit = audit;
    this.entities = entities;
    this.clock = clock;
  }

  @RolesAllowed(CouncilAccess.COMPLAINTS)
  public List<ComplaintSummary> complaints(UUID councilId, ComplaintStatus status, String text) {
    composition.council(councilId); // 404 for a council that is not there
    return complaints.search(councilId, status, pattern(text)).stream().map(Complaint::summary).toList();
  }

  /** Page {@code page} (from 0) of {@link #complaints(UUID, ComplaintStatus, String)}, {@code size} a page (at most 200). */
  @RolesAllowed(CouncilAccess.COMPLAINTS)
  public List<ComplaintSummary> complaints(UUID councilId, ComplaintStatus status, String text, int page, int size) {
    composition.council(councilId);
    return complaints.search(councilId, status, pattern(text), PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)))
        .stream().map(Complaint::summary).toList();
  }

  /** How many complaints {@link #complaints(UUID, ComplaintStatus, String)} lists. */
  @RolesAllowed(CouncilAccess.COMPLAINTS)
  public int countComplaints(UUID councilId, ComplaintStatus status, String text) {
    composition.council(councilId);
    return (int) complaints.count(councilId, status, pattern(text));
  }

  private static String pattern(String text) {
    return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
  }

  @RolesAllowed(CouncilAccess.COMPLAINTS)
  public ComplaintDetail complaint(UUID id) {
    return detail(find(id));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ComplaintDetail receive(UUID councilId, @Valid ComplaintForm form) {
    composition.council(councilId);
    Complaint complaint = new Complaint(councilId, nextNumber(councilId, form.receivedOn().getYear()), form,
        clock.instant());
    complaints.saveAndFlush(complaint);
    if (!complaint.anonymous()) {
      audit.record(AuditAction.PERSONAL_DATA_CHANGE, "council_complaint", complaint.id().toString(), "received");
    }
    return detail(complaint);
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ComplaintDetail followUp(UUID id, @Valid FollowUpForm form) {
    Complaint complaint = find(id);
    complaint.followedUp(form.kind(), form.occurredOn());
    followUps.save(new ComplaintFollowUp(id, form, recorder(), clock.instant()));
    complaints.saveAndFlush(complaint);
    return detail(complaint);
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ComplaintDetail close(UUID id, @Valid CloseForm form) {
    Complaint complaint = find(id);
    complaint.close(form);
    complaints.saveAndFlush(complaint);
    return detail(complaint);
  }

  /** Numbers never repeat nor skip, also with two secretaries registering at once: a locked counter row. */
  private int nextNumber(UUID councilId, int year) {
    Object next = entities.createNativeQuery("""
            INSERT INTO council_complaint_counter (council_id, year, last_number) VALUES (?1, ?2, 1)
            ON CONFLICT (council_id, year) DO UPDATE SET last_number = council_complaint_counter.last_number + 1
            RETURNING last_number""")
        .setParameter(1, councilId).setParameter(2, year).getSingleResult();
    return ((Number) next).intValue();
  }

  private Complaint find(UUID id) {
    return complaints.findById(id).orElseThrow(() -> new NotFoundException("council.complaint.not-found", id));
  }

  private ComplaintDetail detail(Complaint complaint) {
    boolean named = !complaint.anonymous();
    boolean mayKnow = currentUser.can(CouncilAccess.COMPLAINANT);
    if (named && mayKnow) {
      audit.record(AuditAction.PERSONAL_DATA_READ, "council_complaint", complaint.id().toString(), "complainant");
    }
    List<FollowUpSummary> history = followUps.findAllByComplaint(complaint.id()).stream()
        .map(ComplaintFollowUp::summary).toList();
    return new ComplaintDetail(complaint.summary(), complaint.description(), complaint.anonymous(),
        mayKnow ? complaint.complainantName() : null, mayKnow ? complaint.complainantContact() : null,
        named && !mayKnow, complaint.outcomeText(), history);
  }

  private String recorder() {
    return currentUser.user().map(TeiaUser::displayName).orElse("?");
  }
}
