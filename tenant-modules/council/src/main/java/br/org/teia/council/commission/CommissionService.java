package br.org.teia.council.commission;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Commissions of a council (thematic, of entity inscription, of ethics): their members, chosen among
 * the council's councillors in office, a coordinator, and their reports. The council's secretary
 * writes; council members and the municipal manager read.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CommissionService {

  private final CommissionRepository commissions;
  private final CompositionService composition;
  private final Clock clock;

  CommissionService(CommissionRepository commissions, CompositionService composition, Clock clock) {
    this.commissions = commissions;
    this.composition = composition;
    this.clock = clock;
  }

  @RolesAllowed(CouncilAccess.READ)
  public List<CommissionSummary> commissions(UUID councilId) {
    composition.council(councilId);
    Map<UUID, MandateSummary> mandates = mandates(councilId);
    return commissions.findAllByCouncilIdOrderByKindAscNameAsc(councilId).stream()
        .map(c -> summary(c, mandates)).toList();
  }

  @RolesAllowed(CouncilAccess.READ)
  public CommissionSummary commission(UUID councilId, UUID id) {
    return summary(find(councilId, id), mandates(councilId));
  }

  /** The council's commission of entity inscription, if it has one: where inscription requests go. */
  @RolesAllowed(CouncilAccess.READ)
  public Optional<CommissionSummary> entityInscriptionCommission(UUID councilId) {
    composition.council(councilId);
    return commissions.findFirstByCouncilIdAndKind(councilId, CommissionKind.ENTITY_INSCRIPTION)
        .map(c -> summary(c, mandates(councilId)));
  }

  /** Creates a commission; a second one of entity inscription or of ethics, or a repeated name, is refused. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public CommissionSummary create(UUID councilId, @Valid CommissionForm form) {
    composition.council(councilId);
    if (form.kind().single() && commissions.findFirstByCouncilIdAndKind(councilId, form.kind()).isPresent()) {
      throw new TeiaException("council.commission.kind-taken");
    }
    if (commissions.existsByCouncilIdAndNameIgnoreCase(councilId, form.name())) {
      throw new TeiaException("council.commission.name-taken", form.name());
    }
    return summary(commissions.saveAndFlush(Commission.create(councilId, form, clock)), Map.of());
  }

  /** Replaces the members (councillors of this council in office today) and the coordinator (one of them). */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public CommissionSummary assign(UUID councilId, UUID id, MembersForm form) {
    Commission commission = find(councilId, id);
    Set<UUID> inOffice = composition.activeMandates(councilId, LocalDate.now(clock)).stream()
        .map(MandateSummary::id).collect(Collectors.toSet());
    commission.assign(form.members(), form.coordinator(), inOffice, clock);
    return summary(commissions.saveAndFlush(commission), mandates(councilId));
  }

  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public CommissionSummary report(UUID councilId, UUID id, @Valid ReportForm form) {
    Commission commission = find(councilId, id);
    commission.report(form, clock);
    return summary(commissions.saveAndFlush(commission), mandates(councilId));
  }

  // ---- helpers

  private Commission find(UUID councilId, UUID id) {
    // Another council's or municipality's commission is "not found" here, never its data.
    return commissions.findByIdAndCouncilId(id, councilId)
        .orElseThrow(() -> new NotFoundException("council.commission.not-found", id));
  }

  private Map<UUID, MandateSummary> mandates(UUID councilId) {
    return composition.mandates(councilId).stream().collect(Collectors.toMap(MandateSummary::id, Function.identity()));
  }

  private static CommissionSummary summary(Commission c, Map<UUID, MandateSummary> mandates) {
    List<CommissionSummary.Member> members = c.members().stream().map(mandates::get).filter(m -> m != null)
        .map(m -> new CommissionSummary.Member(m.id(), m.personName(), m.segmentName()))
        .sorted(Comparator.comparing(CommissionSummary.Member::personName)).toList();
    MandateSummary coordinator = c.coordinatorMandateId() == null ? null : mandates.get(c.coordinatorMandateId());
    return new CommissionSummary(c.id(), c.councilId(), c.kind(), c.name(), members, c.coordinatorMandateId(),
        coordinator == null ? null : coordinator.personName(),
        c.reports().stream().map(CommissionReport::summary)
            .sorted(Comparator.comparing(CommissionSummary.Report::date).reversed()).toList(), c.version());
  }
}
