package br.org.teia.console.member;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.console.csv.RowError;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
class MemberServiceIT {

  static final TenantId SABARA = TenantId.of("3156700");
  static final TenantId SERRA_DA_SAUDADE = TenantId.of("3166600");
  static final TenantId CAETE = TenantId.of("3110004");
  static final TenantId ITAUNA = TenantId.of("3133808");

  @Autowired MemberService members;
  @Autowired TenantOnboarding onboarding;
  @Autowired TenantCatalog catalog;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void fourMembers() {
    onboarding.onboard(List.of(SABARA.ibgeCode(), SERRA_DA_SAUDADE.ibgeCode(), CAETE.ibgeCode(), ITAUNA.ibgeCode()));
    if (catalog.find(SABARA).orElseThrow().status() == TenantStatus.SUSPENDED) {
      onboarding.reactivate(SABARA);
    }
  }

  @Test
  void staff_record_a_member_and_find_it_by_name_without_accents_and_by_size_class() {
    MemberDetail saved = as(Role.ASSOCIATION_STAFF, () -> members.update(SABARA, version(SABARA),
        new MemberForm(129_380, LocalDate.of(2019, 3, 10), "Marta Souza", "marta@sabara.mg.gov.br", "(31) 3672-7600",
            null, " ", "31 99876-5432")));

    assertThat(saved.member().sizeClass()).isEqualTo(SizeClass.GRANDE);
    assertThat(saved.member().managerPhone()).isEqualTo("(31)3672-7600");
    assertThat(saved.member().contactEmail()).isNull();
    var found = as(Role.ASSOCIATION_ADMIN, () -> members.list(
        new MemberFilter("sabara", null, SizeClass.GRANDE, null, members.currentYear()), 0, 50));
    assertThat(found.getContent()).extracting(MemberSummary::ibgeCode).containsExactly(SABARA.ibgeCode());
    assertThat(found.getContent().getFirst().status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(found.getContent().getFirst().changelogVersion()).isEqualTo("2:note-0002");
    assertThat(as(Role.ASSOCIATION_ADMIN, () -> members.list(
        new MemberFilter("315", null, SizeClass.PEQUENO_I, null, members.currentYear()), 0, 50)).getContent())
        .extracting(MemberSummary::ibgeCode).doesNotContain(SABARA.ibgeCode());
  }

  @Test
  void invalid_details_are_refused_with_portuguese_messages_per_field() {
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> members.update(CAETE, version(CAETE),
        new MemberForm(0, LocalDate.now().plusDays(2), null, "não-é-email", "123", null, null, null))))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "") + ": " + v.getMessage())
            .containsExactlyInAnyOrder(
                "population: Informe uma população entre 1 e 20.000.000 habitantes.",
                "adhesionDate: A data de adesão não pode estar no futuro.",
                "managerEmail: E-mail inválido: confira o endereço (por exemplo nome@prefeitura.mg.gov.br).",
                "managerPhone: Telefone inválido: informe DDD e número, por exemplo (31) 3277-4000."));
  }

  @Test
  void a_change_based_on_an_old_version_is_refused() {
    int read = version(ITAUNA);
    as(Role.ASSOCIATION_STAFF, () -> members.update(ITAUNA, read, new MemberForm(93_000, null, "A", null, null, null, null, null)));

    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> members.update(ITAUNA, read,
        new MemberForm(94_000, null, "B", null, null, null, null, null))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.member.stale"));
  }

  @Test
  void contributions_are_pending_until_recorded_and_filterable_by_year() {
    int year = as(Role.ASSOCIATION_STAFF, () -> members.currentYear());
    as(Role.ASSOCIATION_STAFF, () -> members.setContribution(CAETE, year - 1, ContributionStatus.PAID));
    MemberDetail detail = as(Role.ASSOCIATION_STAFF, () -> members.setContribution(CAETE, year, ContributionStatus.EXEMPT));

    assertThat(detail.contributions()).contains(new YearContribution(year, ContributionStatus.EXEMPT),
        new YearContribution(year - 1, ContributionStatus.PAID), new YearContribution(year - 2, ContributionStatus.PENDING));
    assertThat(as(Role.ASSOCIATION_STAFF, () -> members.list(
        new MemberFilter("", null, null, ContributionStatus.PAID, year - 1), 0, 500)).getContent())
        .extracting(MemberSummary::ibgeCode).contains(CAETE.ibgeCode()).doesNotContain(SERRA_DA_SAUDADE.ibgeCode());
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> members.setContribution(CAETE, year + 5, ContributionStatus.PAID)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.contribution.year"));
  }

  @Test
  void a_population_file_with_bad_lines_is_refused_whole_with_each_line_reported() {
    Integer before = population(SERRA_DA_SAUDADE);
    // line 5: Pouso Alegre, which no test of this module onboards (Belo Horizonte was, by other tests run before)
    String csv = """
        codigo_ibge;populacao
        3166600;833
        12345;100
        3199999;100
        3152501;152000

        3110004;trinta
        3166600;900
        """;

    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> members.importPopulations(csv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(RowErrorsException.class, e -> assertThat(e.errors())
            .extracting(RowError::line, RowError::messageKey)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "tenant.ibge.format"),
                org.assertj.core.groups.Tuple.tuple(4, "tenant.ibge.unknown"),
                org.assertj.core.groups.Tuple.tuple(5, "console.import.not-member"),
                org.assertj.core.groups.Tuple.tuple(7, "console.import.population.invalid"),
                org.assertj.core.groups.Tuple.tuple(8, "console.import.duplicate")));
    assertThat(population(SERRA_DA_SAUDADE)).isEqualTo(before);
  }

  @Test
  void a_good_population_file_sets_every_population_and_so_the_peer_groups() {
    int updated = as(Role.ASSOCIATION_ADMIN, () -> members.importPopulations(
        "\uFEFF3166600;833\r\n3110004;\"38.776\"\r\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(updated).isEqualTo(2);
    assertThat(population(CAETE)).isEqualTo(38_776);
    var groups = as(Role.ASSOCIATION_ADMIN, () -> members.peerGroups());
    assertThat(groups.get(SizeClass.PEQUENO_I)).contains(SERRA_DA_SAUDADE);
    assertThat(groups.get(SizeClass.PEQUENO_II)).contains(CAETE);
  }

  @Test
  void suspending_blocks_the_tenant_and_reactivating_frees_it_with_the_rules_at_each_step() {
    MemberSummary suspended = as(Role.ASSOCIATION_ADMIN, () -> members.suspend(SABARA));
    assertThat(suspended.status()).isEqualTo(TenantStatus.SUSPENDED);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> members.suspend(SABARA)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.member.already-suspended"));

    assertThat(as(Role.ASSOCIATION_ADMIN, () -> members.reactivate(SABARA)).status()).isEqualTo(TenantStatus.ACTIVE);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> members.reactivate(SABARA)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.member.not-suspended"));
  }

  /** Population import and suspension reshape or cut off whole municipalities: admin only (docs/roles.md). */
  @Test
  void association_staff_record_members_but_are_refused_population_import_suspension_and_reactivation() {
    Integer before = population(SERRA_DA_SAUDADE);

    assertThat(as(Role.ASSOCIATION_STAFF, () -> members.get(SABARA)).member().ibgeCode()).isEqualTo(SABARA.ibgeCode());
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> members.importPopulations(
        "3166600;999".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> members.suspend(SABARA)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> members.reactivate(SABARA)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(population(SERRA_DA_SAUDADE)).isEqualTo(before);
    assertThat(as(Role.ASSOCIATION_STAFF, () -> members.get(SABARA)).member().status()).isEqualTo(TenantStatus.ACTIVE);
  }

  @Test
  void municipal_people_are_refused_every_operation() {
    for (Role role : List.of(Role.MUNICIPAL_MANAGER, Role.MUNICIPAL_STAFF, Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER)) {
      assertThatThrownBy(() -> as(SABARA, role, () -> members.list(MemberFilter.all(2026), 0, 10)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(SABARA, role, () -> members.get(SABARA))).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(SABARA, role, () -> members.suspend(SABARA))).isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void a_municipality_outside_the_catalogue_is_not_found() {
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> members.get(TenantId.of("3170206"))))
        .isInstanceOf(NotFoundException.class);
  }

  private int version(TenantId id) {
    return as(Role.ASSOCIATION_STAFF, () -> members.get(id).member().version());
  }

  private Integer population(TenantId id) {
    return jdbc.sql("SELECT population FROM platform.member_profile WHERE ibge_code = ?").param(id.ibgeCode())
        .query(Integer.class).optional().orElse(null);
  }
}
