package br.org.teia.training.enrolment;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.training.TrainingConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of a class, changed only under a row lock on the class ({@code SELECT ... FOR UPDATE}):
 * two enrolments in the same class never count the seats at the same time, so a class is never
 * over capacity however many people enrol at once. A freed seat goes to the first person in the
 * waitlist whose municipality is under the class's cap, as an offer valid for
 * {@code teia.training.offer-hours} (48 by default); an offer not accepted in time expires and the
 * next person gets one. Callers check who may do what; this class keeps the seats right.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Seats {

  static final String ENROLMENT = "training_enrolment";
  private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final EnrolmentRepository enrolments;
  private final Notifications notifications;
  private final Messages messages;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration offerValidity;

  Seats(EnrolmentRepository enrolments, Notifications notifications, Messages messages, AuditLog audit, Clock clock,
      @Value("${teia.training.offer-hours:48}") long offerHours) {
    this.enrolments = enrolments;
    this.notifications = notifications;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
    this.offerValidity = Duration.ofHours(offerHours);
  }

  Duration offerValidity() {
    return offerValidity;
  }

  /** Enrols the participant: a seat when one is free (and the municipality under its cap), else the waitlist. */
  EnrolmentStatus enrol(UUID classId, Participant participant, String ibgeCode, UUID by) {
    EnrolmentRepository.LockedClass k = lock(classId);
    LocalDate today = LocalDate.now(clock.withZone(BRASILIA));
    if (k.cancelled()) {
      throw new TeiaException("training.enrolment.class-cancelled");
    }
    if (today.isBefore(k.opens()) || today.isAfter(k.closes())) {
      throw new TeiaException("training.enrolment.window-closed", k.opens().format(DATE), k.closes().format(DATE));
    }
    if (enrolments.enrolled(classId, participant.id())) {
      throw new TeiaException("training.enrolment.already", participant.name());
    }
    boolean seat = enrolments.seatsHeld(classId) < k.capacity() && underCap(k, ibgeCode, enrolments.seatsHeldBy(classId, ibgeCode));
    EnrolmentStatus status = seat ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITING;
    UUID id = UUID.randomUUID();
    enrolments.insert(id, classId, participant.id(), ibgeCode, status, clock.instant(), by);
    audit.record(AuditAction.TRAINING_CHANGE, ENROLMENT, id.toString(), status + " in class " + classId + " for " + ibgeCode);
    if (status == EnrolmentStatus.CONFIRMED) {
      confirmed(participant.accountId(), k);
    }
    return status;
  }

  /** Cancels an enrolment (or lets an offer lapse) and hands any freed seat on. */
  void release(EnrolmentSummary enrolment, EnrolmentStatus to) {
    EnrolmentRepository.LockedClass k = lock(enrolment.classId());
    EnrolmentStatus now = current(enrolment.id());
    if (!now.active()) {
      throw new TeiaException("training.enrolment.not-active");
    }
    enrolments.setStatus(enrolment.id(), to, null);
    audit.record(AuditAction.TRAINING_CHANGE, ENROLMENT, enrolment.id().toString(), to.name());
    promote(k);
  }

  /** Accepts an offer still within its deadline. */
  void accept(EnrolmentSummary enrolment) {
    EnrolmentRepository.LockedClass k = lock(enrolment.classId());
    EnrolmentSummary now = enrolments.find(enrolment.id()).orElseThrow();
    if (now.status() != EnrolmentStatus.OFFERED) {
      throw new TeiaException("training.offer.none");
    }
    if (!now.offerExpiresAt().isAfter(clock.instant())) {
      throw new TeiaException("training.offer.expired");
    }
    enrolments.setStatus(enrolment.id(), EnrolmentStatus.CONFIRMED, null);
    audit.record(AuditAction.TRAINING_CHANGE, ENROLMENT, enrolment.id().toString(), "offer accepted");
    confirmed(now.accountId(), k);
  }

  /** Expires the class's overdue offers and offers every free seat to the next in line; how many expired. */
  int settle(UUID classId) {
    EnrolmentRepository.LockedClass k = lock(classId);
    int expired = 0;
    for (UUID offer : enrolments.expiredOffers(classId, clock.instant())) {
      enrolments.setStatus(offer, EnrolmentStatus.EXPIRED, null);
      audit.record(AuditAction.TRAINING_CHANGE, ENROLMENT, offer.toString(), "offer expired");
      expired++;
    }
    if (!k.cancelled()) {
      promote(k);
    }
    return expired;
  }

  /** Offers free seats, first come first, skipping people whose municipality holds its cap already. */
  private void promote(EnrolmentRepository.LockedClass k) {
    if (k.cancelled()) {
      return;
    }
    int free = k.capacity() - enrolments.seatsHeld(k.id());
    Map<String, Integer> held = new HashMap<>();
    for (EnrolmentRepository.Waiting next : enrolments.waiting(k.id())) {
      if (free <= 0) {
        break;
      }
      int ofTown = held.computeIfAbsent(next.ibgeCode(), code -> enrolments.seatsHeldBy(k.id(), code));
      if (!underCap(k, next.ibgeCode(), ofTown)) {
        continue;
      }
      Instant deadline = clock.instant().plus(offerValidity);
      enrolments.setStatus(next.enrolmentId(), EnrolmentStatus.OFFERED, deadline);
      audit.record(AuditAction.TRAINING_CHANGE, ENROLMENT, next.enrolmentId().toString(), "seat offered");
      held.put(next.ibgeCode(), ofTown + 1);
      free--;
      if (next.accountId() != null) {
        notifications.notify(next.accountId(), TrainingConfiguration.WAITLIST_OFFER,
            text("training.notification.offer.title", k.courseTitle()),
            text("training.notification.offer.body", k.name(), WHEN.format(deadline.atZone(BRASILIA))), LINK);
      }
    }
  }

  private void confirmed(UUID accountId, EnrolmentRepository.LockedClass k) {
    if (accountId != null) {
      notifications.notify(accountId, TrainingConfiguration.ENROLMENT_CONFIRMED,
          text("training.notification.confirmed.title", k.courseTitle()),
          text("training.notification.confirmed.body", k.name()), LINK);
    }
  }

  private static boolean underCap(EnrolmentRepository.LockedClass k, String ibgeCode, int heldByTown) {
    return k.municipalityCap() == null || heldByTown < k.municipalityCap();
  }

  private EnrolmentRepository.LockedClass lock(UUID classId) {
    return enrolments.lockClass(classId).orElseThrow(() -> new NotFoundException("training.class.not-found"));
  }

  private EnrolmentStatus current(UUID enrolmentId) {
    return enrolments.find(enrolmentId).orElseThrow(() -> new NotFoundException("training.enrolment.not-found")).status();
  }

  private String text(String key, Object... args) {
    return messages.get(I18nConfiguration.PT_BR, key, args);
  }

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String LINK = "formacao/minha";
}
