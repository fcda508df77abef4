package br.org.teia.fund.registry;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
class FundServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");
  static final TenantId NOVA_LIMA = TenantId.of("3144805");

  @Autowired FundService funds;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void municipalities() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), SABARA.ibgeCode(), NOVA_LIMA.ibgeCode()));
  }

  @Test
  void the_manager_registers_the_fund_council_members_read_it_and_every_change_is_audited() {
    FundSummary first = as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> funds.find()
        .orElseGet(() -> funds.save(null, form("11.222.333/0001-81"))));
    FundSummary changed = as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> funds.save(first.version(),
        new FundForm("FMAS de Contagem", "11222333000181", "Secretaria de Desenvolvimento Social", "Ana Souza",
            "Secretária", "4.321/2010", LocalDate.of(2010, 6, 1))));

    assertThat(changed.cnpj()).isEqualTo("11222333000181");
    assertThat(changed.formattedCnpj()).isEqualTo("11.222.333/0001-81");
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> funds.get().ordinatorName())).isEqualTo("Ana Souza");
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'FUND_CHANGE'"
            + " AND tenant_code = ? AND entity_type = 'fund'").param(CONTAGEM.ibgeCode()).query(Long.class).single())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void only_the_manager_writes_council_people_and_staff_read() {
    as(SABARA, Role.MUNICIPAL_MANAGER, () -> funds.find().orElseGet(() -> funds.save(null, form("11222333000181"))));

    for (Role reader : List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.MUNICIPAL_STAFF)) {
      assertThat(as(SABARA, reader, () -> funds.get().name())).isEqualTo("Fundo Municipal de Assistência Social");
      assertThatThrownBy(() -> as(SABARA, reader, () -> funds.save(0, form("11222333000181"))))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> as(SABARA, Role.ASSOCIATION_STAFF, () -> funds.find()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void invalid_cnpj_and_missing_fields_are_refused_in_portuguese_per_field() {
    var invalid = new FundForm(" ", "11.222.333/0001-82", "Secretaria", null, null, "", LocalDate.now().plusDays(2));

    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_MANAGER, () -> funds.save(null, invalid)))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage)
            .containsExactlyInAnyOrder("Informe o nome do fundo.", "CNPJ inválido: confira os dígitos.",
                "Informe o(a) ordenador(a) de despesa.", "Informe a lei que criou o fundo.",
                "A data da lei não pode estar no futuro."));
  }

  @Test
  void a_cnpj_of_one_repeated_digit_is_refused_as_the_project_s_cnpj_type_refuses_it() {
    assertThat(br.org.teia.kernel.suas.Cnpj.isValid("00000000000000")).isFalse();
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_MANAGER, () -> funds.save(null, form("00000000000000"))))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage).containsExactly("CNPJ inválido: confira os dígitos."));
  }

  @Test
  void a_change_based_on_an_old_version_is_refused() {
    FundSummary current = as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> funds.find()
        .orElseGet(() -> funds.save(null, form("11222333000181"))));
    as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> funds.save(current.version(), form("11222333000181")));

    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> funds.save(current.version(), form("11222333000181"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("fund.registry.stale"));
  }

  @Test
  void bank_accounts_are_kept_per_block_of_the_year_once_each_and_another_municipality_never_sees_them() {
    as(SABARA, Role.MUNICIPAL_MANAGER, () -> funds.find().orElseGet(() -> funds.save(null, form("11222333000181"))));
    String number = String.valueOf(System.nanoTime() % 1_000_000_000L);
    BankAccountSummary psb = as(SABARA, Role.MUNICIPAL_MANAGER,
        () -> funds.addAccount(new BankAccountForm("PSB", null, "001", "1234-5", number + "-1")));

    assertThat(as(SABARA, Role.COUNCIL_MEMBER, () -> funds.get().accounts())).contains(psb);
    assertThatThrownBy(() -> as(SABARA, Role.MUNICIPAL_MANAGER,
        () -> funds.addAccount(new BankAccountForm("PSB", null, "001", "1234-5", number + "-1"))))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("fund.account.duplicate"));
    assertThatThrownBy(() -> as(SABARA, Role.MUNICIPAL_MANAGER,
        () -> funds.addAccount(new BankAccountForm("XYZ", null, "001", "1234-5", number + "-2"))))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("fund.account.block.unknown"));
    UUID id = psb.id();
    as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> funds.find().orElseGet(() -> funds.save(null, form("11222333000181"))));
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> {
      funds.removeAccount(id);
      return null;
    })).isInstanceOf(NotFoundException.class);

    as(SABARA, Role.MUNICIPAL_MANAGER, () -> {
      funds.removeAccount(id);
      return null;
    });
    assertThat(as(SABARA, Role.MUNICIPAL_MANAGER, () -> funds.get().accounts())).doesNotContain(psb);
  }

  static FundForm form(String cnpj) {
    return new FundForm("Fundo Municipal de Assistência Social", cnpj, "Secretaria Municipal de Assistência Social",
        "Maria das Dores", "Secretária Municipal", "1.234/1996", LocalDate.of(1996, 3, 15));
  }
}
