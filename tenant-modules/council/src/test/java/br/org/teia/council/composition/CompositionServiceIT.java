package br.org.teia.council.composition;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.acronym;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static br.org.teia.council.CouncilFixtures.cpf;
import static br.org.teia.council.CouncilFixtures.mandate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.CouncilContext;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@CouncilContext
class CompositionServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");

  @Autowired CompositionService composition;
  @Autowired TenantOnboarding onboarding;
  @Autowired Messages messages;

  LocalDate today = LocalDate.now();

  @BeforeEach
  void twoMunicipalities() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), SABARA.ibgeCode()));
  }

  CouncilSummary council() {
    return as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12(acronym())));
  }

  SegmentSummary segment(CouncilSummary council, SegmentKind kind) {
    return council.segments().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void a_council_with_its_rules_is_read_back_with_its_quorum() {
    CouncilSummary created = council();

    CouncilSummary read = as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> composition.council(created.id()));
    assertThat(read.seats()).isEqualTo(12);
    assertThat(read.quorumRequired()).isEqualTo(7);
    assertThat(read.segments()).extracting(SegmentSummary::kind).containsExactly(SegmentKind.GOVERNMENT,
        SegmentKind.GOVERNMENT, SegmentKind.USERS, SegmentKind.ENTITIES, SegmentKind.WORKERS);
  }

  @Test
  void changing_segments_so_that_parity_breaks_is_refused_in_portuguese() {
    CouncilSummary created = council();
    List<SegmentForm> segments = new ArrayList<>(created.form().segments());
    SegmentForm users = segments.get(2);
    segments.set(2, new SegmentForm(users.id(), users.kind(), users.name(), users.memberSeats(), 1));

    var form = created.form();
    var broken = new CouncilForm(form.acronym(), form.name(), form.lawNumber(), form.lawDate(), form.seats(),
        form.mandateYears(), form.mandateReconductions(), form.presidencyTermYears(), form.presidencyReconductions(),
        form.quorumRule(), form.noticeDays(), form.extraordinaryNoticeDays(), segments);
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.update(created.id(), created.version(), broken)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
            e.messageKey(), e.arguments())).isEqualTo("A composição quebra a paridade: 6 suplentes do governo e 5 da "
            + "sociedade civil. A lei exige o mesmo número."));
  }

  @Test
  void seats_vacancies_and_mandates_ending_soon_are_shown() {
    CouncilSummary council = council();
    UUID government = segment(council, SegmentKind.GOVERNMENT).id();
    UUID users = segment(council, SegmentKind.USERS).id();
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> {
      composition.addMandate(council.id(), mandate(government, 1, MandateRole.MEMBER, "Ana Souza", cpf(), today.minusYears(1)));
      composition.addMandate(council.id(), mandate(users, 1, MandateRole.MEMBER, "Bruno Lima", cpf(), today.minusYears(1)));
      // ends in 30 days
      return composition.addMandate(council.id(), new MandateForm(users, 1, MandateRole.ALTERNATE, "Carla Dias", cpf(),
          null, false, today.minusMonths(23), today.plusDays(30)));
    });

    CompositionSummary read = as(CONTAGEM, Role.COUNCIL_MEMBER, () -> composition.composition(council.id(), today, 60));
    assertThat(read.seats()).hasSize(12);
    assertThat(read.vacantMemberSeats()).isEqualTo(10);
    assertThat(read.vacantAlternateSeats()).isEqualTo(11);
    assertThat(read.parity()).isEqualTo(new ParityStatus(1, 1, 0, 1));
    assertThat(read.parity().respected()).isFalse();
    assertThat(read.endingSoon()).extracting(MandateSummary::personName).containsExactly("Carla Dias");
    assertThat(read.endingSoon().getFirst().maskedCpf()).startsWith("***.").endsWith("-**");
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> composition.composition(council.id(), today, 29)).endingSoon())
        .isEmpty();
  }

  @Test
  void a_third_consecutive_mandate_is_refused_by_the_service_counting_across_terms() {
    CouncilSummary council = council();
    UUID entities = segment(council, SegmentKind.ENTITIES).id();
    String cpf = cpf();
    LocalDate firstStart = today.minusYears(4).minusDays(10);
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> {
      composition.addMandate(council.id(), mandate(entities, 1, MandateRole.MEMBER, "Dora Reis", cpf, firstStart));
      // second term, as alternate on another seat: still a reconduction
      return composition.addMandate(council.id(), mandate(entities, 2, MandateRole.ALTERNATE, "Dora Reis", cpf,
          firstStart.plusYears(2)));
    });

    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(),
        mandate(entities, 1, MandateRole.MEMBER, "Dora Reis", cpf, firstStart.plusYears(4)))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
            e.messageKey(), e.arguments())).isEqualTo("Dora Reis já cumpriu 2 mandatos consecutivos e a lei permite "
            + "1 recondução: um novo mandato consecutivo não é permitido."));
  }

  @Test
  void a_manager_on_a_workers_seat_is_refused_and_a_second_member_on_a_taken_seat_too() {
    CouncilSummary council = council();
    UUID workers = segment(council, SegmentKind.WORKERS).id();
    MandateForm chief = new MandateForm(workers, 1, MandateRole.MEMBER, "Eva Chefe", cpf(), "CRAS Centro", true,
        today, today.plusYears(2).minusDays(1));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(), chief)))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.mandate.worker-in-management"));

    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(),
        mandate(workers, 1, MandateRole.MEMBER, "Fábio Técnico", cpf(), today)));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(),
        mandate(workers, 1, MandateRole.MEMBER, "Gil Outro", cpf(), today.plusMonths(1)))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.mandate.seat-taken"));
  }

  @Test
  void presidency_must_alternate_sides_from_one_president_to_the_next() {
    CouncilSummary council = council();
    UUID government = segment(council, SegmentKind.GOVERNMENT).id();
    UUID users = segment(council, SegmentKind.USERS).id();
    LocalDate start = today.minusYears(1).minusDays(5);
    MandateSummary gov1 = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(),
        mandate(government, 1, MandateRole.MEMBER, "Hugo Gov", cpf(), start)));
    MandateSummary gov2 = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(),
        mandate(government, 2, MandateRole.MEMBER, "Iris Gov", cpf(), start)));
    MandateSummary civil = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(),
        mandate(users, 1, MandateRole.MEMBER, "Jorge Civil", cpf(), start)));
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addPresidency(council.id(),
        new PresidencyForm(gov1.id(), start, start.plusYears(1).minusDays(1))));

    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addPresidency(council.id(),
        new PresidencyForm(gov2.id(), start.plusYears(1), start.plusYears(2).minusDays(1)))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.presidency.must-alternate"));
    PresidencySummary next = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addPresidency(council.id(),
        new PresidencyForm(civil.id(), start.plusYears(1), start.plusYears(2).minusDays(1))));
    assertThat(next.side()).isEqualTo(Side.CIVIL_SOCIETY);
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> composition.composition(council.id(), today, 60)).presidency()
        .personName()).isEqualTo("Jorge Civil");
  }

  @Test
  void members_and_the_manager_read_but_do_not_write_association_roles_read_nothing() {
    CouncilSummary council = council();
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_MEMBER, () -> composition.create(cmas12(acronym()))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> composition.addMandate(council.id(),
        mandate(council.segments().getFirst().id(), 1, MandateRole.MEMBER, "X", cpf(), today))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.ASSOCIATION_STAFF, () -> composition.composition(council.id(), today, 60)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> composition.councils()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(as(CONTAGEM, Role.ASSOCIATION_STAFF, () -> composition.figures())).isNotEmpty();
  }

  @Test
  void another_municipalitys_council_is_not_found() {
    CouncilSummary contagem = council();
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> composition.council(contagem.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(SABARA, Role.COUNCIL_SECRETARY, () -> composition.councils()))
        .extracting(CouncilSummary::id).doesNotContain(contagem.id());
  }

  @Test
  void the_public_composition_carries_names_and_organisations_but_no_cpf() {
    CouncilSummary council = council();
    UUID users = segment(council, SegmentKind.USERS).id();
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.addMandate(council.id(),
        mandate(users, 1, MandateRole.MEMBER, "Karina Pública", cpf(), today.minusDays(1))));

    PublicComposition page;
    try (var scope = br.org.teia.kernel.tenancy.TenantScope.enter(CONTAGEM)) {
      page = composition.publicComposition(council.acronym()).orElseThrow();
    }
    assertThat(page.seats()).anySatisfy(seat -> assertThat(seat.memberName()).isEqualTo("Karina Pública"));
    assertThat(page.toString()).doesNotContain("***.");
  }
}
