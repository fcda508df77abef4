package br.org.teia.training.enrolment;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.account.Invitations;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.Municipality;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.training.TrainingAccess;
import br.org.teia.training.catalogue.CatalogueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Who may enrol whom, and what each sees. Anyone signed in enrols themselves on behalf of the
 * municipality they act in; a municipal manager enrols the people of that municipality and sees
 * its enrolments; the association's staff enrol outside participants and see every roster. The
 * seats themselves are kept by {@link Seats}.
 */
@Service
@Validated
@Transactional(readOnly = true)
@RolesAllowed(TrainingAccess.LEARN)
public class EnrolmentService {

  private final EnrolmentRepository enrolments;
  private final Seats seats;
  private final CatalogueService catalogue;
  private final CurrentUser currentUser;
  private final Municipalities municipalities;
  private final AuditLog audit;
  private final Invitations invitations;

  EnrolmentService(EnrolmentRepository enrolments, Seats seats, CatalogueService catalogue, CurrentUser currentUser,
      Municipalities municipalities, AuditLog audit, Invitations invitations) {
    this.invitations = invitations;
    this.enrolments = enrolments;
    this.seats = seats;
    this.catalogue = catalogue;
    this.currentUser = currentUser;
    this.municipalities = municipalities;
    this.audit = audit;
  }

  /** Enrols the signed-in person for the municipality they act in; answers CONFIRMED or WAITING. */
  @Transactional
  public EnrolmentStatus enrolSelf(UUID classId) {
    TenantId town = actingMunicipality();
    TeiaUser me = me();
    return enrol(classId, enrolments.participantFor(me.accountId()), town, me);
  }

  /** The manager enrols one of the acting municipality's people. */
  @Transactional
  @RolesAllowed(TrainingAccess.MUNICIPALITY)
  public EnrolmentStatus enrolMember(UUID classId, UUID accountId) {
    TenantId town = actingMunicipality();
    if (enrolments.peopleOf(town.ibgeCode()).stream().noneMatch(p -> p.accountId().equals(accountId))) {
      throw new DomainRefusal("person", "training.enrolment.not-of-municipality", nameOf(town));
    }
    return enrol(classId, enrolments.participantFor(accountId), town, me());
  }

  /** The people of the acting municipality a manager may enrol. */
  @RolesAllowed(TrainingAccess.MUNICIPALITY)
  public List<Person> peopleOfMunicipality() {
    return enrolments.peopleOf(actingMunicipality().ibgeCode());
  }

  /**
   * Staff enrol someone from outside Teia (reused when the CPF is known) on behalf of a municipality.
   * A participant with an e-mail and no account yet gets one (role {@link Role#OUTSIDE_PARTICIPANT}
   * in that municipality: their own training only) and an invitation to set its password, after which
   * they sign in to "Minha formação". An e-mail that already has an account is left as it is.
   */
  @Transactional
  @RolesAllowed(TrainingAccess.MANAGE)
  public OutsideEnrolment enrolOutside(UUID classId, @Valid OutsideParticipantForm form) {
    if (!Cpf.isValid(form.cpf())) {
      throw new DomainRefusal("cpf", "training.participant.cpf.invalid");
    }
    TenantId town = TenantId.of(form.ibgeCode());
    if (municipalities.find(town).isEmpty()) {
      throw new DomainRefusal("ibgeCode", "training.participant.municipality.required");
    }
    Participant participant = enrolments.participantWithCpf(form.cpf())
        .orElseGet(() -> enrolments.insertOutside(form.name(), form.cpf(), form.email()));
    EnrolmentStatus status = enrol(classId, participant, town, me());
    String email = participant.email() != null ? participant.email() : form.email();
    if (participant.accountId() != null || email == null) {
      return new OutsideEnrolment(status, false);
    }
    try {
      return new OutsideEnrolment(status, invitations.invite(email, participant.name(), town, Role.OUTSIDE_PARTICIPANT,
              "training.invitation.mail.subject", "training.invitation.mail.body")
          .map(account -> enrolments.linkAccount(participant.id(), account)).orElse(false));
    } catch (IllegalArgumentException unmailable) {
      throw new DomainRefusal("email", "training.participant.email.invalid");
    }
  }

  /** How an outside participant's enrolment went, and whether they were invited to create an account. */
  public record OutsideEnrolment(EnrolmentStatus status, boolean invited) {}

  private EnrolmentStatus enrol(UUID classId, Participant participant, TenantId town, TeiaUser by) {
    if (!catalogue.openTo(classId, town)) {
      throw new TeiaException("training.enrolment.not-open-to", nameOf(town));
    }
    return seats.enrol(classId, participant, town.ibgeCode(), by.accountId());
  }

  /** Cancels an enrolment: one's own, one of the manager's municipality, or any for staff. The seat goes to the next in line. */
  @Transactional
  public void cancel(UUID enrolmentId) {
    seats.release(visible(enrolmentId), EnrolmentStatus.CANCELLED);
  }

  /** Accepts one's own seat offer before its deadline. */
  @Transactional
  public void accept(UUID enrolmentId) {
    seats.accept(own(enrolmentId));
  }

  /** Declines one's own seat offer: the next person in line gets it. */
  @Transactional
  public void decline(UUID enrolmentId) {
    EnrolmentSummary offer = own(enrolmentId);
    if (offer.status() != EnrolmentStatus.OFFERED) {
      throw new TeiaException("training.offer.none");
    }
    seats.release(offer, EnrolmentStatus.CANCELLED);
  }

  /** The signed-in person's enrolments, newest first. */
  public List<EnrolmentSummary> mine() {
    return enrolments.participantOfAccount(me().accountId()).map(p -> named(enrolments.ofParticipant(p.id())))
        .orElse(List.of());
  }

  /** The signed-in person as a participant (their CPF, if given), or empty before their first enrolment. */
  public Optional<Participant> myself() {
    return enrolments.participantOfAccount(me().accountId());
  }

  /** Records the signed-in person's CPF, which their certificates show masked. */
  @Transactional
  public void setMyCpf(String cpf) {
    String digits = Cpf.normalize(cpf);
    if (!Cpf.isValid(digits)) {
      throw new DomainRefusal("cpf", "training.participant.cpf.invalid");
    }
    Participant me = enrolments.participantFor(me().accountId());
    enrolments.participantWithCpf(digits).filter(other -> !other.id().equals(me.id())).ifPresent(other -> {
      throw new DomainRefusal("cpf", "training.participant.cpf.taken");
    });
    enrolments.setCpf(me.id(), digits);
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, "training_participant", me.id().toString(), "cpf");
  }

  /** A page of the acting municipality's enrolments (person or course containing {@code search}). */
  @RolesAllowed(TrainingAccess.MUNICIPALITY)
  public List<EnrolmentSummary> ofMunicipality(String search, int page, int pageSize) {
    return named(enrolments.ofMunicipality(actingMunicipality().ibgeCode(), search, page * pageSize, pageSize));
  }

  @RolesAllowed(TrainingAccess.MUNICIPALITY)
  public long countOfMunicipality(String search) {
    return enrolments.countOfMunicipality(actingMunicipality().ibgeCode(), search);
  }

  /** The class's enrolments in line order (seats first, then the waitlist). */
  @RolesAllowed(TrainingAccess.MANAGE)
  public List<EnrolmentSummary> roster(UUID classId) {
    catalogue.klass(classId);
    return named(enrolments.ofClass(classId));
  }

  /**
   * The enrolment if the signed-in person may see it: their own, their municipality's for a
   * manager, any for staff; otherwise it does not exist for them.
   */
  public EnrolmentSummary visible(UUID enrolmentId) {
    EnrolmentSummary enrolment = find(enrolmentId);
    boolean own = enrolment.accountId() != null && enrolment.accountId().equals(me().accountId());
    boolean town = currentUser.can(TrainingAccess.MUNICIPALITY)
        && currentUser.tenant().map(t -> t.ibgeCode().equals(enrolment.ibgeCode())).orElse(false);
    if (!own && !town && !currentUser.can(TrainingAccess.MANAGE)) {
      throw new NotFoundException("training.enrolment.not-found");
    }
    return enrolment;
  }

  private EnrolmentSummary own(UUID enrolmentId) {
    EnrolmentSummary enrolment = find(enrolmentId);
    if (enrolment.accountId() == null || !enrolment.accountId().equals(me().accountId())) {
      throw new NotFoundException("training.enrolment.not-found");
    }
    return enrolment;
  }

  private EnrolmentSummary find(UUID enrolmentId) {
    return enrolments.find(enrolmentId).map(e -> named(List.of(e)).getFirst())
        .orElseThrow(() -> new NotFoundException("training.enrolment.not-found"));
  }

  private List<EnrolmentSummary> named(List<EnrolmentSummary> list) {
    return list.stream().map(e -> new EnrolmentSummary(e.id(), e.seq(), e.classId(), e.className(), e.courseId(),
        e.courseTitle(), e.participantId(), e.accountId(), e.participantName(), e.cpf(), e.ibgeCode(),
        municipalities.find(TenantId.of(e.ibgeCode())).map(Municipality::name).orElse(e.ibgeCode()), e.status(),
        e.offerExpiresAt(), e.requestedAt(), e.grade(), e.startsOn(), e.endsOn())).toList();
  }

  private TenantId actingMunicipality() {
    return currentUser.tenant().orElseThrow(() -> new TeiaException("training.enrolment.no-municipality"));
  }

  private TeiaUser me() {
    return currentUser.user().orElseThrow();
  }

  private String nameOf(TenantId town) {
    return municipalities.find(town).map(Municipality::name).orElse(town.ibgeCode());
  }
}
