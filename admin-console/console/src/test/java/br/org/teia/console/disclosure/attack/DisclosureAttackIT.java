package br.org.teia.console.disclosure.attack;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.comparison.ComparisonExport;
import br.org.teia.console.comparison.ComparisonService;
import br.org.teia.console.member.MemberService;
import br.org.teia.console.region.RegionService;
import br.org.teia.console.region.RegionSetForm;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorFigure;
import br.org.teia.kernel.indicators.IndicatorRelation;
import br.org.teia.kernel.indicators.IndicatorSource;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attack of issue 17, small (twelve towns, four edits, two months, one insider), against the
 * running comparison: as association staff it reads the open data, the screens and their CSV,
 * takes towns out of their region and puts them back, moves a town to another size class and back,
 * and, knowing one town's own counts, solves everything with CP-SAT. No hidden count may be pinned
 * or narrowed below 0..k-1, and every surface must show the same figure whatever the edit.
 */
@SpringBootTest(classes = {TeiaTestApplication.class, DisclosureAttackIT.Family.class})
class DisclosureAttackIT {

  static final List<String> TOWNS = List.of("3118106", "3118205", "3118403", "3118502", "3118700", "3118809",
      "3118908", "3119005", "3119104", "3119203", "3119302", "3119401");
  static final String COUNT = "attackfam.single";
  static final String TOTAL = "attackfam.total";
  static final String MONTHLY = "attackfam.monthly";
  static final List<String> BY_BOND = List.of("attackfam.bond_a", "attackfam.bond_b", "attackfam.bond_c");
  static final List<String> BY_ROLE = List.of("attackfam.role_a", "attackfam.role_b");

  /** A module whose total is the sum of two decompositions, declared as a relation. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Family {
    @Bean
    IndicatorSource attackFamily() {
      return new IndicatorSource() {
        @Override
        public String module() {
          return "attackfam";
        }

        @Override
        public List<IndicatorDefinition> definitions() {
          List<IndicatorDefinition> all = new java.util.ArrayList<>();
          all.add(IndicatorDefinition.count(COUNT));
          all.add(IndicatorDefinition.count(TOTAL));
          all.add(IndicatorDefinition.count(MONTHLY));
          BY_BOND.forEach(c -> all.add(IndicatorDefinition.count(c)));
          BY_ROLE.forEach(c -> all.add(IndicatorDefinition.count(c)));
          return all;
        }

        @Override
        public List<IndicatorFigure> compute() {
          return List.of(); // figures are written by the test below
        }

        @Override
        public List<IndicatorRelation> relations() {
          return List.of(IndicatorRelation.sum(TOTAL, BY_BOND), IndicatorRelation.sum(TOTAL, BY_ROLE));
        }
      };
    }
  }

  @Autowired ComparisonService comparisons;
  @Autowired ComparisonExport export;
  @Autowired RegionService regions;
  @Autowired MemberService members;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;

  @Test
  void edits_months_linked_indicators_and_an_insider_pin_and_narrow_nothing() {
    Map<String, Long> truth = new HashMap<>();
    UUID set = smallTowns(truth);
    List<String> indicators = new java.util.ArrayList<>(List.of(COUNT, TOTAL));
    indicators.addAll(BY_BOND);
    indicators.addAll(BY_ROLE);
    StaffAttacker attacker = new StaffAttacker(comparisons, export, regions, members, indicators);
    List<String> screens = TOWNS; // every town's screen: its series gives every month

    attacker.read(set, screens);
    for (String town : List.of(TOWNS.get(0), TOWNS.get(3), TOWNS.get(6))) {
      attacker.regionEdit(set, town, screens);
    }
    attacker.populationEdit(set, TOWNS.get(1), 6_900, 30_000, screens);
    String insider = TOWNS.get(2);
    attacker.insider(insider, truth);
    Observations seen = attacker.observations();
    assertThat(seen.unchangedAsIn(truth, List.of("2026-09-01", "2026-11-01", "now")))
        .as("counts the attacker knows did not change from one month to the next").isGreaterThan(TOWNS.size());

    List<Attack.Range> ranges = Attack.solve(seen, truth);

    assertThat(seen.readings()).isEqualTo(9);
    assertThat(seen.changed()).as("a figure that reads differently after an edit or on another surface").isZero();
    assertThat(ranges).as("hidden counts the attack saw").hasSizeGreaterThan(20);
    assertThat(ranges).filteredOn(r -> !r.period().equals("now")).as("hidden counts of past months").isNotEmpty();
    assertThat(ranges).filteredOn(Attack.Range::wrong).as("ranges that miss the truth (a wrong model)").isEmpty();
    assertThat(ranges).filteredOn(Attack.Range::unknown).as("ranges the solver could not prove in time").isEmpty();
    assertThat(ranges).filteredOn(Attack.Range::exact).as("exact recoveries").isEmpty();
    assertThat(ranges).filteredOn(Attack.Range::narrowed).as("narrowed below 0..k-1").isEmpty();
  }

  /**
   * Issue 17's "consecutive months": the attacker knows which towns did not change from one month to
   * the next (here: all but one each month), so the difference of two months' totals is the lone
   * town's change of contribution. One town each month: under k to under k, under k to k or more,
   * shown to shown, k or more to under k, and under k to under k again; an insider knows its own
   * counts of every month. No hidden count of any month may be narrowed below 0..k-1.
   */
  @Test
  void a_town_changing_alone_from_one_month_to_the_next_is_not_given_away() {
    Map<String, Long> truth = new HashMap<>();
    UUID set = towns();
    jdbc.sql("DELETE FROM platform.indicator_value WHERE code = ?").param(MONTHLY).update();
    jdbc.sql("DELETE FROM platform.indicator_history WHERE code = ?").param(MONTHLY).update();
    long[] counts = {1, 2, 9, 7, 0, 3, 14, 4, 2, 11, 0, 6};
    List<String> months = List.of("2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01");
    // month by month, the one town that changes (index into TOWNS) and its new count
    int[][] alone = {{0, 3}, {1, 8}, {2, 12}, {3, 1}, {0, 0}};
    for (int month = 0; month < months.size(); month++) {
      if (month > 0) {
        counts[alone[month - 1][0]] = alone[month - 1][1];
      }
      for (int t = 0; t < TOWNS.size(); t++) {
        history(MONTHLY, TOWNS.get(t), months.get(month), counts[t], truth);
      }
    }
    for (int t = 0; t < TOWNS.size(); t++) {
      write(MONTHLY, TOWNS.get(t), counts[t], truth);
    }
    StaffAttacker attacker = new StaffAttacker(comparisons, export, regions, members, List.of(MONTHLY));
    attacker.read(set, TOWNS);
    String insider = TOWNS.get(4); // in the first town's region, under k like it
    attacker.insider(insider, truth);
    Observations seen = attacker.observations();
    List<String> periods = new java.util.ArrayList<>(months);
    periods.add("now");
    assertThat(seen.unchangedAsIn(truth, periods)).isEqualTo(TOWNS.size() * (periods.size() - 1) - alone.length);

    List<Attack.Range> ranges = Attack.solve(seen, truth);

    assertThat(ranges).filteredOn(r -> r.town().equals(TOWNS.get(0))).as("the town under k that changes twice")
        .hasSize(periods.size());
    assertThat(ranges).filteredOn(r -> r.town().equals(TOWNS.get(1))).as("under k, then k or more").hasSize(2);
    assertThat(ranges).filteredOn(r -> r.town().equals(TOWNS.get(3))).as("k or more, then under k").hasSize(3);
    assertThat(ranges).filteredOn(Attack.Range::wrong).as("ranges that miss the truth (a wrong model)").isEmpty();
    assertThat(ranges).filteredOn(Attack.Range::unknown).as("ranges the solver could not prove in time").isEmpty();
    assertThat(ranges).filteredOn(Attack.Range::exact).as("exact recoveries").isEmpty();
    assertThat(ranges).filteredOn(Attack.Range::narrowed).as("narrowed below 0..k-1").isEmpty();
  }

  /** Twelve towns, two regions, counts around k; the family's parts mostly under k. */
  private UUID smallTowns(Map<String, Long> truth) {
    UUID set = towns();
    jdbc.sql("DELETE FROM platform.indicator_value WHERE code LIKE 'attackfam.%'").update();
    jdbc.sql("DELETE FROM platform.indicator_history WHERE code LIKE 'attackfam.%'").update();
    Random random = new Random(17);
    for (String town : TOWNS) {
      long single = random.nextInt(3) == 0 ? 6 + random.nextInt(15) : random.nextInt(5);
      write(COUNT, town, single, truth);
      long before = Math.max(0, single + random.nextInt(3) - 1);
      history(COUNT, town, "2026-09-01", before, truth);
      history(COUNT, town, "2026-11-01", single, truth);
      long total = 0;
      long[] bonds = new long[BY_BOND.size()];
      for (int b = 0; b < bonds.length; b++) {
        bonds[b] = random.nextInt(4) == 0 ? 5 + random.nextInt(10) : random.nextInt(5);
        write(BY_BOND.get(b), town, bonds[b], truth);
        total += bonds[b];
      }
      long first = random.nextInt((int) total + 1);
      write(BY_ROLE.get(0), town, first, truth);
      write(BY_ROLE.get(1), town, total - first, truth);
      write(TOTAL, town, total, truth);
    }
    return set;
  }

  /** The twelve towns onboarded with their populations, and a region set of two regions. */
  private UUID towns() {
    onboarding.onboard(TOWNS);
    int[] populations = {4_800, 6_900, 33_000, 1_800, 21_000, 60_000, 8_900, 3_400, 24_000, 70_000, 12_000, 2_500};
    for (int i = 0; i < TOWNS.size(); i++) {
      jdbc.sql("""
              INSERT INTO platform.member_profile (ibge_code, population) VALUES (?, ?)
              ON CONFLICT (ibge_code) DO UPDATE SET population = excluded.population, updated_at = now()""")
          .params(TOWNS.get(i), populations[i]).update();
    }
    UUID set = as(Role.ASSOCIATION_STAFF, () -> regions.create(new RegionSetForm("Ataque " + UUID.randomUUID(), "MG"))).id();
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < TOWNS.size(); i++) {
      csv.append(TOWNS.get(i)).append(';').append(i % 2 == 0 ? "Norte" : "Sul").append('\n');
    }
    as(Role.ASSOCIATION_STAFF, () -> regions.importCsv(set, csv.toString().getBytes(StandardCharsets.UTF_8)));
    return set;
  }

  private void write(String code, String town, long value, Map<String, Long> truth) {
    jdbc.sql("""
            INSERT INTO platform.indicator_value (code, tenant_code, value, denominator, updated_at) VALUES (?, ?, ?, NULL, now())
            ON CONFLICT (code, tenant_code) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")
        .params(code, town, BigDecimal.valueOf(value)).update();
    truth.put(code + "|now|" + town, value);
  }

  private void history(String code, String town, String period, long value, Map<String, Long> truth) {
    jdbc.sql("INSERT INTO platform.indicator_history (code, tenant_code, period, value, denominator) VALUES (?, ?, ?::date, ?, NULL)")
        .params(code, town, period, BigDecimal.valueOf(value)).update();
    truth.put(code + "|" + period + "|" + town, value);
  }
}
