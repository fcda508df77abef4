package br.org.teia.council.conference;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.acronym;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.Side;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@CouncilContext
class ConferenceServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");

  @Autowired CompositionService composition;
  @Autowired ConferenceService conferences;
  @Autowired TenantOnboarding onboarding;

  final LocalDate today = LocalDate.now();
  CouncilSummary council;

  @BeforeEach
  void aCouncil() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), SABARA.ibgeCode()));
    council = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12(acronym())));
  }

  private ConferenceForm form(ConferenceKind kind, int edition, LocalDate start) {
    return new ConferenceForm(kind, edition, "SUAS: proteção social e participação", start, start.plusDays(1),
        "Câmara Municipal", "Resolução CMAS nº 4/" + start.getYear());
  }

  private <T> T secretary(java.util.function.Supplier<T> action) {
    return as(CONTAGEM, Role.COUNCIL_SECRETARY, action);
  }

  @Test
  void ordinary_every_four_years_extraordinary_any_time_and_the_next_one_is_announced() {
    LocalDate cycle = LocalDate.of(today.getYear() - 5, 8, 10);
    secretary(() -> conferences.convene(council.id(), form(ConferenceKind.ORDINARY, 13, cycle)));
    assertThat(secretary(() -> conferences.nextOrdinaryYear(council.id()))).contains(cycle.getYear() + 4);

    assertThatThrownBy(() -> secretary(() -> conferences.convene(council.id(),
        form(ConferenceKind.ORDINARY, 14, cycle.plusYears(3)))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.conference.ordinary-too-close"));
    secretary(() -> conferences.convene(council.id(), form(ConferenceKind.EXTRAORDINARY, 1, cycle.plusYears(2))));
    ConferenceSummary next = secretary(() -> conferences.convene(council.id(),
        form(ConferenceKind.ORDINARY, 14, cycle.plusYears(4))));
    assertThat(next.status()).isEqualTo(ConferenceStatus.CONVENED);
    assertThat(secretary(() -> conferences.conferences(council.id()))).extracting(ConferenceSummary::edition)
        .containsExactly(14, 1, 13);

    // A cancelled ordinary conference frees its year.
    secretary(() -> conferences.cancel(next.id()));
    secretary(() -> conferences.convene(council.id(), form(ConferenceKind.ORDINARY, 14, cycle.plusYears(4).plusMonths(1))));
    assertThatThrownBy(() -> secretary(() -> conferences.convene(council.id(),
        new ConferenceForm(null, 0, " ", null, null, "", ""))))
        .isInstanceOfSatisfying(ConstraintViolationException.class,
            e -> assertThat(e.getConstraintViolations()).hasSize(7));
  }

  @Test
  void committee_parity_and_delegates_by_segment() {
    ConferenceSummary conference = secretary(() -> conferences.convene(council.id(),
        form(ConferenceKind.EXTRAORDINARY, 2, today.plusDays(30))));
    ConferenceDetail detail = secretary(() -> {
      conferences.addCommitteeMember(conference.id(), new CommitteeMemberForm("Ana Gestora", Side.GOVERNMENT,
          "SMAS", true));
      return conferences.addCommitteeMember(conference.id(), new CommitteeMemberForm("Beto Usuário",
          Side.CIVIL_SOCIETY, "Fórum de Usuários", false));
    });
    assertThat(detail.committeeParitary()).isTrue();
    ConferenceDetail unbalanced = secretary(() -> conferences.addCommitteeMember(conference.id(),
        new CommitteeMemberForm("Carla Técnica", Side.GOVERNMENT, null, false)));
    assertThat(unbalanced.committeeParitary()).isFalse();
    UUID carla = unbalanced.committee().stream().filter(m -> m.name().equals("Carla Técnica")).findFirst()
        .orElseThrow().id();
    assertThat(secretary(() -> conferences.removeCommitteeMember(conference.id(), carla)).committeeParitary()).isTrue();

    ConferenceDetail withDelegates = secretary(() -> {
      conferences.addDelegate(conference.id(), new DelegateForm("Dora", SegmentKind.USERS, MandateRole.MEMBER, null, true));
      conferences.addDelegate(conference.id(), new DelegateForm("Edu", SegmentKind.USERS, MandateRole.ALTERNATE, null, false));
      return conferences.addDelegate(conference.id(), new DelegateForm("Fabi", SegmentKind.WORKERS, MandateRole.MEMBER,
          "Sindicato", false));
    });
    assertThat(withDelegates.titularsBySegment()).containsEntry(SegmentKind.USERS, 1L)
        .containsEntry(SegmentKind.WORKERS, 1L).containsEntry(SegmentKind.GOVERNMENT, 0L)
        .containsEntry(SegmentKind.ENTITIES, 0L);
    assertThat(withDelegates.delegates()).filteredOn(DelegateSummary::stateStage).extracting(DelegateSummary::name)
        .containsExactly("Dora");

    // Someone of another conference cannot be removed through this one.
    ConferenceSummary other = secretary(() -> conferences.convene(council.id(),
        form(ConferenceKind.EXTRAORDINARY, 3, today.plusDays(60))));
    UUID dora = withDelegates.delegates().stream().filter(d -> d.name().equals("Dora")).findFirst().orElseThrow().id();
    assertThatThrownBy(() -> secretary(() -> conferences.removeDelegate(other.id(), dora)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deliberations_only_after_the_conference_and_followed_up_until_done() {
    ConferenceSummary conference = secretary(() -> conferences.convene(council.id(),
        form(ConferenceKind.EXTRAORDINARY, 4, today.minusDays(3))));
    assertThatThrownBy(() -> secretary(() -> conferences.addDeliberation(conference.id(),
        new DeliberationForm("Ampliar o CRAS", DeliberationScope.MUNICIPAL))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.conference.not-held"));
    ConferenceSummary future = secretary(() -> conferences.convene(council.id(),
        form(ConferenceKind.EXTRAORDINARY, 5, today.plusDays(10))));
    assertThatThrownBy(() -> secretary(() -> conferences.markHeld(future.id())))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.conference.not-yet"));

    secretary(() -> conferences.markHeld(conference.id()));
    DeliberationSummary first = secretary(() -> conferences.addDeliberation(conference.id(),
        new DeliberationForm("Implantar um segundo CRAS na região norte", DeliberationScope.MUNICIPAL)));
    DeliberationSummary second = secretary(() -> conferences.addDeliberation(conference.id(),
        new DeliberationForm("Cofinanciamento estadual para benefícios eventuais", DeliberationScope.STATE)));
    assertThat(List.of(first.number(), second.number())).containsExactly(1, 2);
    assertThat(first.status()).isEqualTo(DeliberationStatus.PENDING);

    DeliberationSummary moving = secretary(() -> conferences.followUp(first.id(), new DeliberationFollowUpForm(
        today.minusDays(1), DeliberationStatus.IN_PROGRESS, "Terreno cedido pela prefeitura.")));
    assertThat(moving.status()).isEqualTo(DeliberationStatus.IN_PROGRESS);
    assertThatThrownBy(() -> secretary(() -> conferences.followUp(first.id(), new DeliberationFollowUpForm(
        today.minusDays(2), DeliberationStatus.DONE, "Antes do último registro"))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.conference.follow-up-before"));
    DeliberationSummary done = secretary(() -> conferences.followUp(first.id(), new DeliberationFollowUpForm(
        today, DeliberationStatus.DONE, "CRAS Norte II inaugurado.")));
    assertThat(done.followUps()).extracting(DeliberationFollowUpSummary::status)
        .containsExactly(DeliberationStatus.IN_PROGRESS, DeliberationStatus.DONE);
    assertThatThrownBy(() -> secretary(() -> conferences.followUp(first.id(), new DeliberationFollowUpForm(
        today, DeliberationStatus.IN_PROGRESS, "Reabrir"))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.conference.deliberation-done"));

    // The public page sees held conferences and their deliberations, not the convened future one.
    List<PublicConference> published = as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> conferences.publicConferences(council.id()));
    assertThat(published).singleElement().satisfies(p -> {
      assertThat(p.edition()).isEqualTo(4);
      assertThat(p.deliberations()).extracting(PublicConference.PublicDeliberation::status)
          .containsExactly(DeliberationStatus.DONE, DeliberationStatus.PENDING);
    });
  }

  @Test
  void roles_and_other_municipalities_are_refused() {
    ConferenceSummary conference = secretary(() -> conferences.convene(council.id(),
        form(ConferenceKind.EXTRAORDINARY, 6, today.plusDays(5))));
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> conferences.conference(conference.id())).summary().theme())
        .isEqualTo(conference.theme());
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_MEMBER, () -> conferences.cancel(conference.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> conferences.conferences(council.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> conferences.addDelegate(conference.id(),
        new DelegateForm("X", SegmentKind.USERS, MandateRole.MEMBER, null, false))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> conferences.conference(conference.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> conferences.markHeld(conference.id())))
        .isInstanceOf(NotFoundException.class);
    secretary(() -> conferences.cancel(conference.id()));
    assertThatThrownBy(() -> secretary(() -> conferences.addDelegate(conference.id(),
        new DelegateForm("Y", SegmentKind.USERS, MandateRole.MEMBER, null, false))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.conference.cancelled"));
  }
}
