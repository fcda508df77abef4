package br.org.teia.fund.controls;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.fund.ledger.BlockBalance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuasControlsTest {

  static final ControlParameters PARAMETERS = new ControlParameters(2026, new BigDecimal("0.80"),
      Set.of("PSB", "GSUAS"), Set.of("GSUAS"), List.of("3.1.", "3.3.90.34"));

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  /** A block's figures: carried, received, committed, liquidated, paid; allocated; committed by nature. */
  static BlockFigures block(String code, String carried, String received, String committed, String paid,
      String allocated, Map<String, BigDecimal> natures) {
    return new BlockFigures(new BlockBalance(code, r(carried), r(received), r(committed), r(paid), r(paid)), r(allocated),
        natures);
  }

  @Test
  void a_block_may_pay_all_it_had_but_not_a_centavo_more() {
    var exact = SuasControls.blockBalance(block("PSB", "100.00", "900.00", "1000.00", "1000.00", "0.00", Map.of()));
    assertThat(exact.status()).isEqualTo(ControlStatus.OK);
    var over = SuasControls.blockBalance(block("PSB", "100.00", "900.00", "1000.01", "1000.01", "0.00", Map.of()));
    assertThat(over.status()).isEqualTo(ControlStatus.VIOLATION);
    assertThat(over.arguments()).containsExactly("0,01", "1.000,00");
  }

  @Test
  void igd_commits_nothing_under_a_personnel_nature_while_other_natures_and_annulled_personnel_are_fine() {
    var services = SuasControls.igdPersonnel(PARAMETERS, block("GSUAS", "0.00", "0.00", "10.00", "0.00", "0.00",
        Map.of("3.3.90.39", r("10.00"), "3.1.90.11", r("0.00"))));
    assertThat(services.status()).isEqualTo(ControlStatus.OK);
    var salary = SuasControls.igdPersonnel(PARAMETERS, block("GSUAS", "0.00", "0.00", "10.01", "0.00", "0.00",
        Map.of("3.3.90.39", r("10.00"), "3.1.90.11", r("0.01"))));
    assertThat(salary.status()).isEqualTo(ControlStatus.VIOLATION);
    assertThat(salary.arguments()).containsExactly("0,01", "3.1.90.11");
    var outsourced = SuasControls.igdPersonnel(PARAMETERS, block("GSUAS", "0.00", "0.00", "5.00", "0.00", "0.00",
        Map.of("3.3.90.34", r("5.00"))));
    assertThat(outsourced.status()).isEqualTo(ControlStatus.VIOLATION);
  }

  @Test
  void igd_is_checked_only_on_the_igd_blocks_of_the_parameters() {
    var psb = SuasControls.check(PARAMETERS, block("PSB", "0.00", "100.00", "50.00", "0.00", "0.00",
        Map.of("3.1.90.11", r("50.00"))), false);
    assertThat(psb).extracting(ControlResult::control).doesNotContain(SuasControl.IGD_PERSONNEL);
  }

  @Test
  void spending_the_carried_balance_needs_allocations_up_to_the_committed_amount() {
    var unused = SuasControls.reprogrammedAllocation(block("PSB", "500.00", "1000.00", "1000.00", "0.00", "0.00", Map.of()));
    assertThat(unused.status()).isEqualTo(ControlStatus.OK);
    assertThat(unused.messageKey()).isEqualTo("fund.control.REPROGRAMMED_ALLOCATION.unused");
    var covered = SuasControls.reprogrammedAllocation(block("PSB", "500.00", "1000.00", "1200.00", "0.00", "1200.00", Map.of()));
    assertThat(covered.status()).isEqualTo(ControlStatus.OK);
    var short1 = SuasControls.reprogrammedAllocation(block("PSB", "500.00", "1000.00", "1200.00", "0.00", "1199.99", Map.of()));
    assertThat(short1.status()).isEqualTo(ControlStatus.VIOLATION);
    assertThat(short1.arguments()).containsExactly("200,00", "1.199,99", "0,01");
  }

  @Test
  void a_block_without_carried_balance_has_no_reprogrammed_control() {
    var results = SuasControls.check(PARAMETERS, block("PSB", "0.00", "100.00", "200.00", "0.00", "0.00", Map.of()), true);
    assertThat(results).extracting(ControlResult::control).doesNotContain(SuasControl.REPROGRAMMED_ALLOCATION);
  }

  @Test
  void the_execution_rate_meets_the_target_at_exactly_80_percent_and_misses_it_a_centavo_below() {
    var exact = SuasControls.executionRate(PARAMETERS, block("PSB", "200.00", "800.00", "800.00", "800.00", "0.00", Map.of()), true);
    assertThat(exact.status()).isEqualTo(ControlStatus.OK);
    assertThat(exact.arguments()).containsExactly("80,0%", "80,0%");
    var below = SuasControls.executionRate(PARAMETERS, block("PSB", "200.00", "800.00", "800.00", "799.99", "0.00", Map.of()), true);
    assertThat(below.status()).isEqualTo(ControlStatus.VIOLATION);
    assertThat(below.arguments()).containsExactly("79,9%", "80,0%");
  }

  @Test
  void below_the_target_before_the_twelve_months_end_is_to_watch_not_broken() {
    var soFar = SuasControls.executionRate(PARAMETERS, block("PSB", "0.00", "1000.00", "100.00", "100.00", "0.00", Map.of()), false);
    assertThat(soFar.status()).isEqualTo(ControlStatus.ATTENTION);
    assertThat(soFar.messageKey()).isEqualTo("fund.control.EXECUTION_RATE.below-so-far");
  }

  @Test
  void a_block_with_nothing_received_nor_carried_is_not_below_any_target() {
    var nothing = SuasControls.executionRate(PARAMETERS, block("GSUAS", "0.00", "0.00", "0.00", "0.00", "0.00", Map.of()), true);
    assertThat(nothing.status()).isEqualTo(ControlStatus.OK);
  }
}
