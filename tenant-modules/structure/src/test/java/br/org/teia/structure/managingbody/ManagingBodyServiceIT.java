package br.org.teia.structure.managingbody;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class ManagingBodyServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");
  static final TenantId LAGOA_SANTA = TenantId.of("3137601");
  static final String VALID_CNPJ = "11.222.333/0001-81";

  @Autowired ManagingBodyService bodies;
  @Autowired TenantOnboarding onboarding;

  @BeforeEach
  void municipalities() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), SABARA.ibgeCode(), LAGOA_SANTA.ibgeCode()));
  }

  @Test
  void the_managing_body_is_recorded_once_and_its_size_class_comes_from_the_population() {
    ManagingBodySummary first = as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.find()
        .orElseGet(() -> bodies.save(null, form(50_000))));
    ManagingBodySummary changed = as(CONTAGEM, Role.MUNICIPAL_MANAGER,
        () -> bodies.save(first.version(), form(50_001)));

    assertThat(changed.sizeClass()).isEqualTo(SizeClass.MEDIO);
    assertThat(changed.fundCnpj()).isEqualTo("11222333000181");
    assertThat(changed.formattedFundCnpj()).isEqualTo(VALID_CNPJ);
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> bodies.get().population())).isEqualTo(50_001);
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> bodies.get().sizeClass())).isEqualTo(SizeClass.MEDIO);
  }

  @Test
  void each_municipality_has_its_own_managing_body() {
    as(SABARA, Role.MUNICIPAL_MANAGER, () -> bodies.find().orElseGet(() -> bodies.save(null, form(137_000))));

    assertThatThrownBy(() -> as(LAGOA_SANTA, Role.MUNICIPAL_MANAGER, () -> bodies.get()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_change_based_on_an_old_version_is_refused() {
    ManagingBodySummary current = as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.find()
        .orElseGet(() -> bodies.save(null, form(600_000))));
    as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.save(current.version(), form(621_000)));

    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.save(current.version(), form(1))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.managing-body.stale"));
  }

  @Test
  void invalid_cnpj_url_and_population_are_refused_with_portuguese_messages_per_field() {
    var invalid = new ManagingBodyForm(" ", "11.222.333/0001-82", "Maria", null, LocalDate.of(2011, 5, 3),
        "ftp://leis", 0);

    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.save(null, invalid)))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage)
            .containsExactlyInAnyOrder("Informe o nome da secretaria.", "CNPJ inválido: confira os dígitos.",
                "Informe um link que comece com http:// ou https://.",
                "Informe uma população entre 1 e 20.000.000 habitantes."));
  }

  @Test
  void an_empty_cnpj_is_reported_once_as_required() {
    var noCnpj = new ManagingBodyForm("Secretaria", "", "Maria", null, null, null, 1000);

    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.save(null, noCnpj)))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage)
            .containsExactly("Informe o CNPJ do fundo municipal."));
  }

  @Test
  void council_member_reads_but_cannot_save() {
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_MEMBER, () -> bodies.save(null, form(10))))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** The legal data (CNPJ, law, manager) commit the municipality: only the manager changes them (docs/roles.md). */
  @Test
  void staff_read_the_managing_body_but_only_the_manager_changes_its_legal_data() {
    ManagingBodySummary current = as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.find()
        .orElseGet(() -> bodies.save(null, form(50_000))));

    assertThat(as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> bodies.get().fundCnpj())).isEqualTo("11222333000181");
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> bodies.save(current.version(), form(50_002))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> bodies.get().version())).isEqualTo(current.version());
  }

  static ManagingBodyForm form(int population) {
    return new ManagingBodyForm("Secretaria Municipal de Assistência Social", VALID_CNPJ, "Maria das Dores",
        "1.234/2012", LocalDate.of(2012, 3, 15), "https://leismunicipais.example/suas", population);
  }
}
