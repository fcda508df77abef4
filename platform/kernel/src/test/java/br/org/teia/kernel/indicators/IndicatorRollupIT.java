package br.org.teia.kernel.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.Tenants;
import br.org.teia.kernel.testapp.KernelTestApplication;
import br.org.teia.kernel.testapp.Note;
import br.org.teia.kernel.testapp.NoteIndicators;
import br.org.teia.kernel.testapp.NoteService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(classes = KernelTestApplication.class)
@RecordApplicationEvents
class IndicatorRollupIT {

  static final TenantId ITABIRA = TenantId.of("3131703");
  static final TenantId OURO_PRETO = TenantId.of("3146107");

  @Autowired TenantOnboarding onboarding;
  @Autowired Tenants tenants;
  @Autowired NoteService notes;
  @Autowired IndicatorRebuild rebuild;
  @Autowired IndicatorRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @BeforeEach
  void freshTenants() {
    onboarding.onboard(List.of(ITABIRA.ibgeCode(), OURO_PRETO.ibgeCode()));
    for (TenantId t : List.of(ITABIRA, OURO_PRETO)) {
      jdbc.sql("TRUNCATE " + t.schemaName() + ".note").update();
    }
    jdbc.sql("DELETE FROM platform.indicator_value WHERE code LIKE 'notes.%'").update();
    jdbc.sql("DELETE FROM platform.indicator_history WHERE code LIKE 'notes.%'").update();
    events.clear();
  }

  @Test
  void definitions_are_registered_on_start_with_the_default_threshold() {
    assertThat(registry.find(NoteIndicators.WRITTEN)).get()
        .extracting(IndicatorDefinition::kind, IndicatorDefinition::minimumCount)
        .containsExactly(IndicatorKind.COUNT, 5);
    assertThat(registry.find(NoteIndicators.LONG_SHARE)).get()
        .extracting(IndicatorDefinition::kind).isEqualTo(IndicatorKind.RATE);
  }

  @Test
  void a_write_moves_the_rollup_in_its_own_transaction_and_only_for_its_tenant() {
    write(ITABIRA, "curta");
    write(ITABIRA, "uma nota bem comprida");

    assertThat(value(ITABIRA, NoteIndicators.WRITTEN)).isEqualTo(new Figure(2, null));
    assertThat(value(ITABIRA, NoteIndicators.LONG_SHARE)).isEqualTo(new Figure(1, 2L));
    assertThat(value(OURO_PRETO, NoteIndicators.WRITTEN)).isNull();
    assertThat(rolledUp()).extracting(IndicatorsRolledUp::tenant).containsOnly(ITABIRA);
  }

  @Test
  void a_rolled_back_write_leaves_the_rollup_as_it_was() {
    write(ITABIRA, "primeira");
    events.clear();

    try (var scope = tenants.enter(ITABIRA)) {
      assertThatThrownBy(() -> notes.writeThenFail("3131703", "perdida")).isInstanceOf(IllegalStateException.class);
    }

    assertThat(value(ITABIRA, NoteIndicators.WRITTEN)).isEqualTo(new Figure(1, null));
    assertThat(rolledUp()).isEmpty();
  }

  @Test
  void a_delete_brings_the_figure_down_and_records_the_month_in_the_history() {
    Note note = write(OURO_PRETO, "a apagar");
    try (var scope = tenants.enter(OURO_PRETO)) {
      notes.delete(note.getId());
    }

    assertThat(value(OURO_PRETO, NoteIndicators.WRITTEN)).isEqualTo(new Figure(0, null));
    assertThat(jdbc.sql("SELECT count(*) FROM platform.indicator_history WHERE tenant_code = ? AND code = ?")
        .params(OURO_PRETO.ibgeCode(), NoteIndicators.WRITTEN).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void an_unchanged_figure_writes_nothing_and_announces_nothing() {
    write(ITABIRA, "curta");
    events.clear();
    Object before = jdbc.sql("SELECT updated_at FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(ITABIRA.ibgeCode(), NoteIndicators.WRITTEN).query().singleValue();

    try (var scope = tenants.enter(ITABIRA)) {
      notes.delete(-1L); // deleting nothing moves nothing
    }

    assertThat(rolledUp()).isEmpty();
    assertThat(jdbc.sql("SELECT updated_at FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(ITABIRA.ibgeCode(), NoteIndicators.WRITTEN).query().singleValue()).isEqualTo(before);
  }

  @Test
  void a_rebuild_equals_the_incremental_rollup_and_restores_lost_rows() {
    write(ITABIRA, "curta");
    write(ITABIRA, "uma nota bem comprida");
    write(OURO_PRETO, "outra nota comprida");
    Map<String, Figure> incremental = snapshot();

    jdbc.sql("DELETE FROM platform.indicator_value WHERE code LIKE 'notes.%'").update();
    jdbc.sql("INSERT INTO platform.indicator_value (code, tenant_code, value, updated_at) VALUES (?, ?, 99, now())")
        .params(NoteIndicators.WRITTEN, ITABIRA.ibgeCode()).update(); // a wrong row, as after a bug
    jdbc.sql("DELETE FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(ITABIRA.ibgeCode(), NoteIndicators.LONG_SHARE).update();

    var report = rebuild.rebuildAll();

    assertThat(report.failed()).isEmpty();
    assertThat(snapshot()).isEqualTo(incremental);
  }

  @Test
  void a_rebuild_that_moves_nothing_neither_writes_nor_locks_a_row() {
    write(ITABIRA, "curta");
    write(OURO_PRETO, "outra nota comprida");
    rebuild.rebuildAll();
    // xmax changes when a row is updated or locked (an upsert whose condition skips the update still
    // locks its row): unchanged, nothing of the rollup was touched
    Map<String, String> before = rowVersions();

    var report = rebuild.rebuildAll();

    assertThat(report.failed()).isEmpty();
    assertThat(report.done()).contains(ITABIRA, OURO_PRETO);
    assertThat(rowVersions()).isNotEmpty().isEqualTo(before);
  }

  private Map<String, String> rowVersions() {
    return jdbc.sql("""
            SELECT tenant_code || ' ' || code, xmin::text || '/' || xmax::text FROM platform.indicator_value
            WHERE code LIKE 'notes.%'""")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private Note write(TenantId tenant, String text) {
    try (var scope = tenants.enter(tenant)) {
      return notes.write(tenant.ibgeCode(), text);
    }
  }

  record Figure(long value, Long denominator) {}

  private Figure value(TenantId tenant, String code) {
    return jdbc.sql("SELECT value, denominator FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(tenant.ibgeCode(), code)
        .query((rs, n) -> new Figure(rs.getBigDecimal(1).longValueExact(),
            rs.getBigDecimal(2) == null ? null : rs.getBigDecimal(2).longValueExact()))
        .optional().orElse(null);
  }

  private Map<String, Figure> snapshot() {
    List<Map.Entry<String, Figure>> rows = new ArrayList<>();
    jdbc.sql("SELECT tenant_code, code, value, denominator FROM platform.indicator_value WHERE code LIKE 'notes.%' AND tenant_code IN (?, ?)")
        .params(ITABIRA.ibgeCode(), OURO_PRETO.ibgeCode())
        .query(rs -> {
          BigDecimal d = rs.getBigDecimal(4);
          rows.add(Map.entry(rs.getString(1) + "/" + rs.getString(2),
              new Figure(rs.getBigDecimal(3).longValueExact(), d == null ? null : d.longValueExact())));
        });
    return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The rollup announcements published in this test, as a comparison cache would receive them. */
  private List<IndicatorsRolledUp> rolledUp() {
    return events.stream(IndicatorsRolledUp.class).toList();
  }
}
