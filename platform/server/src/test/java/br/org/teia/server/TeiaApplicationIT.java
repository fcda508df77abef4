package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.fund.controls.ControlService;
import br.org.teia.fund.controls.ControlStatus;
import br.org.teia.fund.controls.SuasControl;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.reports.ReportService;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DemoServerTest
class TeiaApplicationIT {

  @Autowired TenantCatalog catalog;
  @Autowired TenantCommands commands;
  @Autowired SystemWork system;
  @Autowired ControlService controls;
  @Autowired ReportService reports;
  @Autowired LedgerService ledger;
  @Autowired Clock clock;

  @Test
  void betim_s_demo_fund_shows_its_igd_paying_personnel_red_and_last_year_s_annual_report_equals_its_ledger() {
    int lastYear = LocalDate.now(clock).getYear() - 1;
    system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> {
      assertThat(controls.controls(lastYear)).anySatisfy(result -> {
        assertThat(result.blockCode()).isEqualTo("GSUAS");
        assertThat(result.control()).isEqualTo(SuasControl.IGD_PERSONNEL);
        assertThat(result.status()).isEqualTo(ControlStatus.VIOLATION);
      });
      BigDecimal paid = ledger.blockBalances(lastYear).stream().map(BlockBalance::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(paid).isPositive();
      assertThat(reports.annual(lastYear).total().paid()).isEqualByComparingTo(paid);
      return null;
    });
  }

  @Test
  void demo_municipalities_are_active_after_start() {
    for (String code : DemoData.MUNICIPALITIES) {
      assertThat(catalog.find(TenantId.of(code))).get()
          .extracting(t -> t.status()).isEqualTo(TenantStatus.ACTIVE);
    }
  }

  @Test
  void onboard_command_reports_refusals_in_portuguese_and_exits_1() {
    var out = new ByteArrayOutputStream();
    int code = commands.execute(List.of("onboard", "3106200", "999"), new PrintStream(out, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(1);
    assertThat(printed).contains("já implantados: 1").contains("recusado 999: Código IBGE inválido");
  }

  @Test
  void migrate_all_command_verifies_every_schema() {
    var out = new ByteArrayOutputStream();
    int code = commands.execute(List.of("migrate-all"), new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 com falha");
    assertThat(code).isZero();
  }

  @Test
  void misuse_prints_usage_and_exits_2() {
    var out = new ByteArrayOutputStream();
    assertThat(commands.execute(List.of("onboard-uf"), new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Uso:");
  }
}
