package br.org.teia.council.commission;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.acronym;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static br.org.teia.council.CouncilFixtures.cpf;
import static br.org.teia.council.CouncilFixtures.mandate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@CouncilContext
class CommissionServiceIT {

  static final TenantId LAVRAS = TenantId.of("3138203");
  static final TenantId MARIANA = TenantId.of("3140001");

  @Autowired CompositionService composition;
  @Autowired CommissionService commissions;
  @Autowired TenantOnboarding onboarding;

  final LocalDate today = LocalDate.now();
  CouncilSummary council;
  final List<MandateSummary> members = new ArrayList<>();

  @BeforeEach
  void aCouncilWithSomeMembers() {
    onboarding.onboard(List.of(LAVRAS.ibgeCode(), MARIANA.ibgeCode()));
    council = withMembers(members, today.minusMonths(6));
  }

  CouncilSummary withMembers(List<MandateSummary> into, LocalDate start) {
    CouncilSummary created = as(LAVRAS, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12(acronym())));
    as(LAVRAS, Role.COUNCIL_SECRETARY, () -> {
      for (SegmentSummary segment : created.segments()) {
        into.add(composition.addMandate(created.id(), mandate(segment.id(), 1, MandateRole.MEMBER,
            "Titular " + segment.name(), cpf(), start)));
      }
      return null;
    });
    return created;
  }

  CommissionSummary create(CommissionKind kind, String name) {
    return as(LAVRAS, Role.COUNCIL_SECRETARY, () -> commissions.create(council.id(), new CommissionForm(kind, name)));
  }

  CommissionSummary assign(CommissionSummary commission, Set<UUID> who, UUID coordinator) {
    return as(LAVRAS, Role.COUNCIL_SECRETARY,
        () -> commissions.assign(council.id(), commission.id(), new MembersForm(who, coordinator)));
  }

  @Test
  void members_are_councillors_in_office_and_the_coordinator_is_one_of_them() {
    CommissionSummary ethics = create(CommissionKind.ETHICS, "Comissão de Ética");

    CommissionSummary assigned = assign(ethics, Set.of(members.get(0).id(), members.get(1).id()), members.get(1).id());

    assertThat(assigned.members()).extracting(CommissionSummary.Member::mandateId)
        .containsExactlyInAnyOrder(members.get(0).id(), members.get(1).id());
    assertThat(assigned.coordinatorName()).isEqualTo(members.get(1).personName());
    assertThatThrownBy(() -> assign(ethics, Set.of(members.get(0).id()), members.get(2).id()))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.commission.coordinator-not-member"));
  }

  @Test
  void a_councillor_of_another_council_or_whose_mandate_ended_is_refused() {
    List<MandateSummary> others = new ArrayList<>();
    withMembers(others, today.minusMonths(6));
    MandateSummary ended = as(LAVRAS, Role.COUNCIL_SECRETARY,
        () -> composition.endMandate(members.get(3).id(), today.minusDays(1)));
    CommissionSummary thematic = create(CommissionKind.THEMATIC, "Comissão de Políticas");

    for (UUID refused : List.of(others.getFirst().id(), ended.id(), UUID.randomUUID())) {
      assertThatThrownBy(() -> assign(thematic, Set.of(members.getFirst().id(), refused), null))
          .isInstanceOfSatisfying(TeiaException.class,
              e -> assertThat(e.messageKey()).isEqualTo("council.commission.not-a-councillor"));
    }
  }

  @Test
  void one_entity_inscription_and_one_ethics_commission_per_council_thematic_ones_at_will() {
    assertThat(as(LAVRAS, Role.MUNICIPAL_MANAGER, () -> commissions.entityInscriptionCommission(council.id()))).isEmpty();
    CommissionSummary inscription = create(CommissionKind.ENTITY_INSCRIPTION, "Comissão de Inscrição");
    create(CommissionKind.THEMATIC, "Comissão de Orçamento");
    create(CommissionKind.THEMATIC, "Comissão de Normas");

    assertThatThrownBy(() -> create(CommissionKind.ENTITY_INSCRIPTION, "Segunda de Inscrição"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.commission.kind-taken"));
    assertThatThrownBy(() -> create(CommissionKind.THEMATIC, "comissão de orçamento"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.commission.name-taken"));
    assertThat(as(LAVRAS, Role.COUNCIL_MEMBER, () -> commissions.entityInscriptionCommission(council.id())))
        .get().extracting(CommissionSummary::id).isEqualTo(inscription.id());
    assertThat(as(LAVRAS, Role.COUNCIL_MEMBER, () -> commissions.commissions(council.id()))).hasSize(3);
  }

  @Test
  void reports_are_dated_today_or_before_and_listed_newest_first() {
    CommissionSummary thematic = create(CommissionKind.THEMATIC, "Comissão de Financiamento");
    as(LAVRAS, Role.COUNCIL_SECRETARY, () -> commissions.report(council.id(), thematic.id(),
        new ReportForm(today.minusDays(30), "Parecer sobre o orçamento", "Favorável.")));
    CommissionSummary reported = as(LAVRAS, Role.COUNCIL_SECRETARY, () -> commissions.report(council.id(),
        thematic.id(), new ReportForm(today, "Parecer sobre as contas", "Favorável com ressalvas.")));

    assertThat(reported.reports()).extracting(CommissionSummary.Report::title)
        .containsExactly("Parecer sobre as contas", "Parecer sobre o orçamento");
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_SECRETARY, () -> commissions.report(council.id(), thematic.id(),
        new ReportForm(today.plusDays(1), "Futuro", "Texto."))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.commission.report.future"));
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_SECRETARY, () -> commissions.report(council.id(), thematic.id(),
        new ReportForm(today, " ", "Texto."))))
        .isInstanceOf(ConstraintViolationException.class);
  }

  @Test
  void only_the_secretary_writes_and_other_councils_or_municipalitys_ids_are_not_found() {
    CommissionSummary ethics = create(CommissionKind.ETHICS, "Comissão de Ética");
    List<MandateSummary> others = new ArrayList<>();
    CouncilSummary other = withMembers(others, today.minusMonths(6));

    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_MEMBER, () -> commissions.create(council.id(),
        new CommissionForm(CommissionKind.THEMATIC, "Intrusa")))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(LAVRAS, Role.MUNICIPAL_STAFF, () -> commissions.commissions(council.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_SECRETARY, () -> commissions.commission(other.id(), ethics.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_SECRETARY, () -> commissions.assign(other.id(), ethics.id(),
        new MembersForm(Set.of(others.getFirst().id()), null)))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.COUNCIL_SECRETARY, () -> commissions.commissions(council.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(LAVRAS, Role.COUNCIL_MEMBER, () -> commissions.commission(council.id(), ethics.id())).members())
        .isEmpty();
  }
}
