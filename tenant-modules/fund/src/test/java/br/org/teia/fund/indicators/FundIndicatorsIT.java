package br.org.teia.fund.indicators;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.fund.ledger.EntryForm;
import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.ReprogramForm;
import br.org.teia.fund.ledger.RevenueForm;
import br.org.teia.fund.partnership.PartnershipForm;
import br.org.teia.fund.partnership.PartnershipKind;
import br.org.teia.fund.partnership.PartnershipService;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fund's figures reach the association's rollup in the transaction that moves them: money shares in
 * centavos (numerator over base, so towns add up by money) and counts, nothing about a person.
 */
class FundIndicatorsIT extends UiTestBase {

  @Autowired LedgerService ledger;
  @Autowired PartnershipService partnerships;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void execution_rates_shares_and_partnerships_in_force_are_rolled_up_as_the_ledger_moves() {
    TenantId town = onboarded("3107307"); // Bocaiúva
    int year = LocalDate.now().getYear();
    LocalDate day = LocalDate.of(year, 1, 2);
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.reprogram(new ReprogramForm(year, "PSB", r("1000.00")));
      ledger.receive(new RevenueForm(year, 1, "PSB", "FNAS", r("3000.00"), "FNAS 01"));
      ledger.receive(new RevenueForm(year, 1, "PROPRIO", "TESOURO", r("1000.00"), "Tesouro 01"));
      var expense = ledger.commit(new ExpenseForm(year, "NE-1", "PSB", "3.3.90.30", "Papelaria", null, null, day,
          r("2000.00")));
      ledger.record(expense.id(), new EntryForm(EntryKind.LIQUIDATION, day, r("2000.00"), "NL-1"));
      ledger.record(expense.id(), new EntryForm(EntryKind.PAYMENT, day, r("1000.01"), "OP-1"));
      return null;
    });

    assertThat(figure(town, "fund.execution_rate.psb")).containsExactly(r("100001"), r("400000")); // 1.000,01 of 4.000,00
    assertThat(figure(town, "fund.execution_rate.pse")).containsExactly(r("0"), r("0"));
    assertThat(figure(town, "fund.reprogrammed_share")).containsExactly(r("100000"), r("500000"));
    assertThat(figure(town, "fund.own_resource_share")).containsExactly(r("100000"), r("400000"));
    assertThat(figure(town, "fund.partnerships_in_force")).containsExactly(r("0"), null);
    assertThat(figure(town, "fund.statement_appreciated_on_time")).containsExactly(r("0"), null);

    as(town, Role.COUNCIL_SECRETARY, () -> transactions.execute(s -> {
      publisher.publishEvent(new EntityInscriptionChanged("11444777000161", "CMAS", InscriptionStatus.INSCRIBED,
          day, null));
      return null;
    }));
    as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.sign(new PartnershipForm("AC 1", PartnershipKind.COOPERATION,
        "11444777000161", "Lar", "Cessão de espaço", "Plano", LocalDate.now().minusDays(1), LocalDate.now().plusDays(30),
        r("0"), List.of())));
    assertThat(figure(town, "fund.partnerships_in_force")).containsExactly(r("1"), null);
    // Nothing but numbers per code: no name, CPF or document reaches the platform rollup.
    assertThat(jdbc.sql("SELECT count(*) FROM platform.indicator_value WHERE tenant_code = ? AND code LIKE 'fund.%'")
        .param(town.ibgeCode()).query(Long.class).single()).isEqualTo(8);
  }

  private List<BigDecimal> figure(TenantId town, String code) {
    return jdbc.sql("SELECT value, denominator FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(town.ibgeCode(), code)
        .query((rs, n) -> java.util.Arrays.asList(strip(rs.getBigDecimal(1)), strip(rs.getBigDecimal(2))))
        .optional().orElse(List.of());
  }

  private static BigDecimal strip(BigDecimal value) {
    return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
  }
}
