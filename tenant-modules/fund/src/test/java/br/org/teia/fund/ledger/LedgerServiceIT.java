package br.org.teia.fund.ledger;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
class LedgerServiceIT {

  @Autowired LedgerService ledger;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  private TenantId town(String code) {
    onboarding.onboard(List.of(code));
    return TenantId.of(code);
  }

  @Test
  void an_expense_goes_through_its_stages_as_new_entries_and_the_block_balance_follows_the_ledger() {
    TenantId town = town("3170206"); // Uberlândia
    ExpenseSummary cras = as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(new ExpenseForm(2026, "2026/0001", "PSB",
        "3.3.90.39", "Papelaria Central Ltda", "Material do CRAS", null, LocalDate.of(2026, 3, 2), r("1000.00"))));
    as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(cras.id(),
        new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(2026, 3, 10), r("600.00"), "NL-10")));
    as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(cras.id(),
        new EntryForm(EntryKind.PAYMENT, LocalDate.of(2026, 3, 20), r("600.00"), "OP-77")));
    as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(cras.id(),
        new EntryForm(EntryKind.PAYMENT_REVERSAL, LocalDate.of(2026, 3, 21), r("100.00"), "EST-1")));
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.receive(new RevenueForm(2026, 3, "PSB", "FNAS", r("5000.00"), "FNAS-03"));
      ledger.reprogram(new ReprogramForm(2026, "PSB", r("1234.56")));
      return null;
    });

    assertThat(as(town, Role.COUNCIL_MEMBER, () -> ledger.expense(cras.id()).balance()))
        .isEqualTo(new ExpenseBalance(r("1000.00"), r("600.00"), r("500.00")));
    BlockBalance psb = as(town, Role.COUNCIL_MEMBER, () -> ledger.blockBalances(2026)).stream()
        .filter(b -> b.blockCode().equals("PSB")).findFirst().orElseThrow();
    assertThat(psb).isEqualTo(new BlockBalance("PSB", r("1234.56"), r("5000.00"), r("1000.00"), r("600.00"), r("500.00")));
    assertThat(psb.available()).isEqualTo(r("5734.56"));
    assertThat(jdbc.sql("SELECT count(*) FROM " + town.schemaName() + ".fund_ledger_entry WHERE expense_id = ?")
        .param(cras.id()).query(Long.class).single()).isEqualTo(4); // nothing edited: one row per entry
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'FUND_CHANGE' AND entity_id = ?")
        .param(cras.id().toString()).query(Long.class).single()).isEqualTo(4);
  }

  @Test
  void a_payment_above_the_liquidation_the_same_document_twice_and_a_taken_number_are_refused_and_nothing_is_written() {
    TenantId town = town("3143302"); // Montes Claros
    ExpenseSummary expense = as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(new ExpenseForm(2026, "2026/0002",
        "PSE", "3.3.90.39", "Oficinas Ltda", null, null, LocalDate.of(2026, 4, 1), r("300.00"))));
    as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(expense.id(),
        new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(2026, 4, 5), r("300.00"), "NL-1")));

    assertThatThrownBy(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(expense.id(),
        new EntryForm(EntryKind.PAYMENT, LocalDate.of(2026, 4, 6), r("300.01"), "OP-1"))))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("fund.ledger.payment.above"));
    assertThatThrownBy(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(expense.id(),
        new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(2026, 4, 6), r("0.01"), "NL-1"))))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("fund.entry.duplicate"));
    assertThatThrownBy(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(new ExpenseForm(2026, "2026/0002",
        "PSB", "3.3.90.30", "Outro", null, null, LocalDate.of(2026, 4, 1), r("1.00")))))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("fund.expense.duplicate"));

    assertThat(as(town, Role.MUNICIPAL_MANAGER, () -> ledger.expense(expense.id()).balance()))
        .isEqualTo(new ExpenseBalance(r("300.00"), r("300.00"), r("0.00")));
  }

  @Test
  void council_people_only_read_and_another_municipality_s_expense_is_not_found() {
    TenantId town = town("3136702"); // Juiz de Fora
    TenantId other = town("3170107"); // Uberaba
    ExpenseSummary expense = as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(new ExpenseForm(2026, "2026/0003",
        "GSUAS", "3.3.90.30", "Fornecedor", null, null, LocalDate.of(2026, 5, 1), r("50.00"))));
    UUID id = expense.id();
    EntryForm liquidation = new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(2026, 5, 2), r("10.00"), "NL-9");

    assertThatThrownBy(() -> as(town, Role.COUNCIL_SECRETARY, () -> ledger.record(id, liquidation)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(other, Role.MUNICIPAL_MANAGER, () -> ledger.record(id, liquidation)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, Role.COUNCIL_MEMBER, () -> ledger.expense(id)))
        .isInstanceOf(NotFoundException.class);
  }
}
