package br.org.teia.exchange.practice;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.exchange.attachment.AttachmentInfo;
import br.org.teia.exchange.attachment.AttachmentStore;
import br.org.teia.exchange.attachment.AttachmentStore.Owner;
import br.org.teia.exchange.practice.PracticeStatus.Decision;
import br.org.teia.exchange.region.RegionChoice;
import br.org.teia.exchange.region.Regions;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.PlainText;
import br.org.teia.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Good practices through moderation ({@link PracticeStatus}). A municipality's management submits
 * and, when asked, edits and resubmits its own; association staff approve, ask for changes or
 * refuse, the last two with a note the submitter reads; approved ones are searched by every member.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PracticeService {

  static final int MAX_NOTE = 2_000;

  private final PracticeRepository practices;
  private final AttachmentStore attachments;
  private final PracticeNotices notices;
  private final Regions regions;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;

  PracticeService(PracticeRepository practices, AttachmentStore attachments, PracticeNotices notices,
      Regions regions, CurrentUser currentUser, AuditLog audit, Clock clock) {
    this.regions = regions;
    this.practices = practices;
    this.attachments = attachments;
    this.notices = notices;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  /** The acting municipality submits a practice for moderation. */
  @Transactional
  @RolesAllowed(ExchangeAccess.SUBMIT)
  public UUID submit(@Valid PracticeForm form, List<AttachmentFile> files) {
    TenantId tenant = currentUser.tenant().orElseThrow();
    UUID id = UUID.randomUUID();
    practices.insert(id, tenant, currentUser.user().orElseThrow().accountId(), form, clock.instant());
    attachments.add(Owner.PRACTICE, id, files);
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_practice", id.toString(), "submitted");
    return id;
  }

  /** The municipality edits a practice staff asked changes of, and sends it back to moderation. */
  @Transactional
  @RolesAllowed(ExchangeAccess.SUBMIT)
  public void resubmit(UUID id, int version, @Valid PracticeForm form, List<AttachmentFile> files) {
    PracticeSummary practice = ours(id);
    practice.status().after(Decision.RESUBMIT);
    if (!practices.resubmit(id, version, form, clock.instant())) {
      throw new TeiaException("exchange.practice.changed");
    }
    attachments.add(Owner.PRACTICE, id, files);
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_practice", id.toString(), "resubmitted");
  }

  /** The acting municipality's practices, whatever their status. */
  @RolesAllowed(ExchangeAccess.SUBMIT)
  public List<PracticeSummary> ours() {
    return practices.ofTenant(currentUser.tenant().orElseThrow());
  }

  /** Practices waiting for a decision, oldest first. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public List<PracticeSummary> pending() {
    return practices.withStatus(PracticeStatus.SUBMITTED);
  }

  /** {@code limit} practices (at most 200) of {@link #pending()} from {@code offset}. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public List<PracticeSummary> pending(int offset, int limit) {
    return practices.withStatus(PracticeStatus.SUBMITTED, Math.max(offset, 0), Math.clamp(limit, 1, 200));
  }

  /** How many practices {@link #pending()} lists. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public int countPending() {
    return practices.countWithStatus(PracticeStatus.SUBMITTED);
  }

  /** Publishes the practice to every member; the submitter and the members are told. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public void approve(UUID id, int version) {
    decide(id, version, Decision.APPROVE, null);
  }

  /** Sends the practice back to its municipality with what to change. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public void requestChanges(UUID id, int version, String note) {
    decide(id, version, Decision.REQUEST_CHANGES, required(note));
  }

  /** Refuses the practice for good, saying why. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public void refuse(UUID id, int version, String reason) {
    decide(id, version, Decision.REFUSE, required(reason));
  }

  /** Published practices matching {@code filter}, as the person may see them. */
  @RolesAllowed(ExchangeAccess.READ)
  public List<PracticeSummary> search(PracticeFilter filter) {
    return practices.published(filter, readerTenant());
  }

  /** A practice the person may see: published, or of their own municipality, or any for staff. */
  @RolesAllowed(ExchangeAccess.READ)
  public PracticeSummary get(UUID id) {
    PracticeSummary practice = practices.get(id).orElseThrow(PracticeService::notFound);
    if (practice.status() == PracticeStatus.APPROVED) {
      if (practices.published(PracticeFilter.ALL, readerTenant()).stream().anyMatch(p -> p.id().equals(id))) {
        return practice;
      }
    } else if (currentUser.can(ExchangeAccess.PUBLISH)
        || currentUser.tenant().map(t -> t.ibgeCode().equals(practice.ibgeCode())).orElse(false)
        && currentUser.can(ExchangeAccess.SUBMIT)) {
      return practice;
    }
    throw notFound();
  }

  /** The regions a search may name. */
  @RolesAllowed(ExchangeAccess.READ)
  public List<RegionChoice> regions() {
    return regions.choices();
  }

  @RolesAllowed(ExchangeAccess.READ)
  public List<AttachmentInfo> attachments(UUID id) {
    return attachments.of(Owner.PRACTICE, get(id).id());
  }

  @RolesAllowed(ExchangeAccess.READ)
  public AttachmentFile attachment(UUID id, UUID attachmentId) {
    return attachments.file(Owner.PRACTICE, get(id).id(), attachmentId)
        .orElseThrow(() -> new NotFoundException("exchange.attachment.not-found"));
  }

  private void decide(UUID id, int version, Decision decision, String note) {
    PracticeSummary practice = practices.get(id).orElseThrow(PracticeService::notFound);
    PracticeStatus next = practice.status().after(decision);
    if (!practices.decide(id, version, next, note, clock.instant())) {
      throw new TeiaException("exchange.practice.changed");
    }
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_practice", id.toString(), decision.name().toLowerCase());
    PracticeSummary decided = practices.get(id).orElseThrow();
    notices.decided(decided, practices.submitter(id));
    if (next == PracticeStatus.APPROVED) {
      notices.published(decided, practices.activeMembers());
    }
  }

  private PracticeSummary ours(UUID id) {
    PracticeSummary practice = practices.get(id).orElseThrow(PracticeService::notFound);
    if (!practice.ibgeCode().equals(currentUser.tenant().orElseThrow().ibgeCode())) {
      throw notFound();
    }
    return practice;
  }

  private static String required(String note) {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw new DomainRefusal("note", "exchange.practice.note.required");
    }
    if (text.length() > MAX_NOTE || !PlainText.isAllowed(text)) {
      throw new DomainRefusal("note", "exchange.practice.note.size", MAX_NOTE);
    }
    return text;
  }

  /** Null for association staff (every published practice); else the municipality the person acts in. */
  private TenantId readerTenant() {
    if (currentUser.can(ExchangeAccess.PUBLISH)) {
      return null;
    }
    return currentUser.tenant().orElseThrow(PracticeService::notFound);
  }

  private static NotFoundException notFound() {
    return new NotFoundException("exchange.practice.not-found");
  }
}
