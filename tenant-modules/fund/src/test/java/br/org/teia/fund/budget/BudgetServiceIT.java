package br.org.teia.fund.budget;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
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
class BudgetServiceIT {

  static final TenantId ITABIRA = TenantId.of("3131703");
  static final TenantId IPATINGA = TenantId.of("3131307");

  @Autowired BudgetService budget;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void municipalities() {
    onboarding.onboard(List.of(ITABIRA.ibgeCode(), IPATINGA.ibgeCode()));
  }

  /** A fresh action code per test, so reruns on the same database never collide. */
  static String action() {
    return "2." + (System.nanoTime() % 100_000);
  }

  static AllocationForm form(String action, String block, String nature, String amount) {
    return new AllocationForm(2026, block, action, "Manutenção da Proteção Social", "FNAS", "244", nature,
        new BigDecimal(amount));
  }

  @Test
  void the_manager_allocates_supplements_and_reduces_by_act_council_members_read_and_every_change_is_audited() {
    String action = action();
    AllocationSummary psb = as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(form(action, "PSB", "3.3.90.39", "120000.00")));
    as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(form(action, "PSB", "3.3.50.43", "80000.00")));
    as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.change(psb.id(), new BudgetChangeForm(BudgetChangeKind.SUPPLEMENT,
        "Decreto nº 45/2026", LocalDate.of(2026, 5, 2), new BigDecimal("30000.00"))));
    AllocationSummary reduced = as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.change(psb.id(),
        new BudgetChangeForm(BudgetChangeKind.REDUCTION, "Decreto nº 61/2026", LocalDate.of(2026, 7, 1),
            new BigDecimal("10000.55"))));

    assertThat(reduced.initialAmount()).isEqualTo(new BigDecimal("120000.00"));
    assertThat(reduced.currentAmount()).isEqualTo(new BigDecimal("139999.45"));
    assertThat(as(ITABIRA, Role.COUNCIL_MEMBER, () -> budget.allocations(2026)))
        .filteredOn(a -> a.actionCode().equals(action)).extracting(AllocationSummary::expenseNature)
        .containsExactlyInAnyOrder("3.3.90.39", "3.3.50.43");
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'FUND_CHANGE' AND entity_id = ?")
        .param(psb.id().toString()).query(Long.class).single()).isEqualTo(3);
    assertThat(jdbc.sql("SELECT sum(amount) FROM " + ITABIRA.schemaName() + ".fund_budget_change WHERE allocation_id = ?")
        .param(psb.id()).query(BigDecimal.class).single()).isEqualByComparingTo("40000.55");
  }

  @Test
  void a_block_not_in_force_the_same_allocation_twice_and_wrong_codes_are_refused_in_portuguese() {
    String action = action();
    as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(form(action, "PSE", "4.4.90.52", "5000")));

    assertThatThrownBy(() -> as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(form(action, "PSE", "4.4.90.52", "1"))))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("fund.budget.duplicate"));
    assertThatThrownBy(() -> as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(new AllocationForm(2015, "PSB",
        action, "Ação", "FNAS", "244", "3.3.90.30", BigDecimal.ONE))))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(() -> as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(form(action, "IGD", "3.3.90.30", "1"))))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("fund.budget.block.unknown"));
    assertThatThrownBy(() -> as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(new AllocationForm(2026, "PSB",
        action, "Ação", "FNAS", "122", "3.3.90", new BigDecimal("10.001")))))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                "A subfunção deve ser 241, 242, 243 ou 244 (função 08).",
                "Informe a natureza da despesa como 3.3.90.39 (categoria, grupo, modalidade, elemento).",
                "Informe o valor com no máximo dois centavos (duas casas decimais)."));
  }

  @Test
  void only_the_manager_writes_and_another_municipality_s_allocation_is_not_found() {
    AllocationSummary mine = as(ITABIRA, Role.MUNICIPAL_MANAGER, () -> budget.allocate(form(action(), "GSUAS", "3.3.90.30", "700")));
    BudgetChangeForm supplement = new BudgetChangeForm(BudgetChangeKind.SUPPLEMENT, "Decreto nº 1/2026",
        LocalDate.of(2026, 2, 1), BigDecimal.TEN);

    assertThatThrownBy(() -> as(ITABIRA, Role.COUNCIL_SECRETARY, () -> budget.change(mine.id(), supplement)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(ITABIRA, Role.MUNICIPAL_STAFF, () -> budget.allocate(form(action(), "PSB", "3.3.90.30", "1"))))
        .isInstanceOf(AccessDeniedException.class);
    UUID id = mine.id();
    assertThatThrownBy(() -> as(IPATINGA, Role.MUNICIPAL_MANAGER, () -> budget.change(id, supplement)))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(IPATINGA, Role.MUNICIPAL_MANAGER, () -> budget.allocations(2026))).extracting(AllocationSummary::id)
        .doesNotContain(id);
  }
}
