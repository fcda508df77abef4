package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.demo.DemoSeeder;
import br.org.teia.kernel.security.AccountRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The assembled application's demo: the kernel's part, then every module's contribution, in order. */
@DemoServerTest
class DemoAssemblyIT {

  @Autowired DemoSeeder demo;
  @Autowired AccountRepository accounts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired br.org.teia.fund.controls.ControlService fundControls;
  @Autowired java.time.Clock clock;

  /**
   * A realistic demo year of the fund shows regular controls: each reprogrammed balance in use has its
   * allocation (the 6 red "Saldo reprogramado com dotação" lines of Belo Horizonte were allocations sized
   * from what was paid, below what was committed). The one deliberate irregularity is Betim's IGD-SUAS
   * paying an outsourced workforce contract, explained in its demonstrativo's notes.
   */
  @Test
  void the_fund_demo_years_are_regular_but_for_betims_igd_suas_paying_an_outsourced_contract() {
    int year = java.time.LocalDate.now(clock).getYear();
    for (int shown : List.of(year - 1, year)) {
      assertThat(violations(DemoData.BELO_HORIZONTE, shown)).as("Belo Horizonte " + shown).isEmpty();
      assertThat(violations(DemoData.BETIM, shown)).as("Betim " + shown).containsExactly("GSUAS IGD_PERSONNEL");
    }
  }

  private List<String> violations(br.org.teia.kernel.tenancy.TenantId town, int year) {
    return br.org.teia.testsupport.ActingAs.as(town, br.org.teia.kernel.security.Role.COUNCIL_MEMBER,
        () -> fundControls.controls(year)).stream()
        .filter(r -> r.status() == br.org.teia.fund.controls.ControlStatus.VIOLATION)
        .map(r -> r.blockCode() + " " + r.control()).toList();
  }

  @Test
  void every_module_contributes_its_demo_the_structure_first_then_the_councils_then_entities_and_workers() {
    assertThat(demo.contributions()).extracting(c -> c.getClass().getSimpleName())
        .startsWith("DemoStructure", "DemoCouncils", "DemoInscriptions", "DemoCouncilLife")
        .containsExactlyInAnyOrder("DemoStructure", "DemoCouncils", "DemoInscriptions", "DemoCouncilLife",
            "DemoEntities", "DemoWorkforce", "DemoFund", "DemoExchange", "DemoTraining");
    assertThat(demo.contributions()).extracting(DemoContribution::order).isSorted();
    assertThat(demo.contributions()).extracting(c -> c.getClass().getPackageName())
        .containsOnly("br.org.teia.structure.demo", "br.org.teia.council.demo", "br.org.teia.fund.demo",
            "br.org.teia.exchange.demo", "br.org.teia.training.demo");
  }

  @Test
  void the_training_demo_has_a_catalogue_classes_past_and_open_enrolments_and_certificates() {
    assertThat(count("SELECT count(*) FROM platform.training_course")).isGreaterThanOrEqualTo(10);
    assertThat(count("SELECT count(*) FROM platform.training_class WHERE enrolment_closes < current_date")).isGreaterThanOrEqualTo(4);
    assertThat(count("SELECT count(*) FROM platform.training_class WHERE enrolment_closes >= current_date")).isGreaterThanOrEqualTo(10);
    assertThat(count("SELECT count(*) FROM platform.training_enrolment WHERE status = 'WAITING'")).isPositive();
    // the demo's own classes (other tests of this JVM enrol other towns in theirs)
    assertThat(count("SELECT count(DISTINCT e.ibge_code) FROM platform.training_enrolment e JOIN platform.training_class c "
        + "ON c.id = e.class_id WHERE c.instructor = 'Equipe de formação COGEMAS'")).isEqualTo(5);
    assertThat(count("SELECT count(*) FROM platform.training_certificate WHERE revoked_at IS NULL")).isGreaterThanOrEqualTo(16);
    // two demo gestores (Betim's, Belo Horizonte's) hold a certificate: the comparison's coverage share has data
    assertThat(count("SELECT count(*) FROM platform.indicator_value WHERE code = 'training.gestor_trained' AND value = 1 "
        + "AND tenant_code IN ('3106200', '3106705')")).isEqualTo(2);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void the_forums_demo_posts_are_signed_by_demo_people_not_by_the_system() {
    List<String> authors = jdbc.sql("SELECT DISTINCT author_name FROM platform.exchange_forum_post ORDER BY author_name")
        .query(String.class).list();
    assertThat(authors).contains("Carla Gestora (Belo Horizonte)", "Gustavo Gestor (Betim)", "Bruno da Equipe (COGEMAS)")
        .doesNotContain("Sistema Teia");
  }

  @Test
  void every_demo_login_exists() {
    for (DemoData.DemoLogin login : DemoData.LOGINS) {
      assertThat(accounts.findByUsername(login.username())).as(login.username()).isPresent();
    }
  }
}
