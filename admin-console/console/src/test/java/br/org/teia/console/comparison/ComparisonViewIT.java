package br.org.teia.console.comparison;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.chart.BarChart;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorRegistry;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.ui.TenantHomeView;
import br.org.teia.testsupport.ComparisonTowns;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The comparison screen of the console and the municipality's home panel, browserless. */
class ComparisonViewIT extends UiTestBase {

  /** The municipalities the test speaks of, onboarded by the test itself (Belo Horizonte, Betim, three small towns). */
  @BeforeEach
  void municipalities() {
    for (String code : List.of("3106200", "3106705", "3166600", "3115607", "3103702")) {
      onboarded(code);
    }
  }

  /** Where the municipal people of these tests act: Belo Horizonte, onboarded by the test. */
  private TenantId town() {
    return onboarded("3106200");
  }

  @Autowired ComparisonService comparisons;
  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;
  @Autowired IndicatorRegistry registry;
  @Autowired ComparisonExport export;

  ComparisonTowns towns;

  @BeforeEach
  void smallTowns() {
    towns = new ComparisonTowns().create(jdbc, onboarding);
    jdbc.sql("INSERT INTO platform.indicator_value (code, tenant_code, value, updated_at) VALUES (?, '3106200', ?, now())")
        .params(towns.code, BigDecimal.valueOf(2)).update(); // Belo Horizonte, onboarded above
  }

  @Test
  @SuppressWarnings("unchecked")
  void staff_compare_a_small_town_whose_count_shows_as_under_k_in_every_part_of_the_screen() {
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(ComparisonView.class);
    IndicatorDefinition indicator = registry.find(towns.code).orElseThrow();
    _setValue(_get(Select.class, spec -> spec.withId("comparison-indicator")), indicator);
    ComboBox<Object> municipality = _get(ComboBox.class, spec -> spec.withId("comparison-municipality"));
    Object congonhas = municipality.getListDataView().getItems()
        .filter(p -> p.toString().contains("3118106")).findFirst().orElseThrow();
    _setValue(municipality, congonhas);
    Select<Object> sets = _get(Select.class, spec -> spec.withId("comparison-region-set"));
    _setValue(sets, sets.getListDataView().getItems().filter(s -> s.toString().contains(towns.regionSet.toString()))
        .findFirst().orElseThrow());

    List<List<String>> comparison = rows(_get(Grid.class, spec -> spec.withId("comparison-grid")));
    assertThat(comparison.getFirst()).containsExactly("Congonhas do Norte", "< 5", "1");
    assertThat(comparison).extracting(r -> r.getFirst())
        .contains("Região Norte (Teste " + towns.code + ")", "Municípios de Pequeno porte I", "Estado (MG)");
    List<List<String>> ranking = rows(_get(Grid.class, spec -> spec.withId("comparison-ranking")));
    assertThat(ranking).filteredOn(r -> r.get(1).equals("Congonhas do Norte")).singleElement()
        .satisfies(r -> assertThat(r).containsExactly("—", "Congonhas do Norte", "< 5")); // no place, said so
    assertThat(ranking).extracting(r -> r.get(2)).contains("< 5");
    assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-notice")).getText())
        .startsWith("Os números deste indicador são alterados de propósito para proteger as pessoas")
        .contains("em até 2 unidades").contains("\"< 5\"");
    assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-distribution")).getText())
        .containsPattern("\\d+ protegidos"); // the hidden ones are counted, never used
    assertThat(rows(_get(Grid.class, spec -> spec.withId("comparison-series"))).getFirst())
        .containsSequence("11/2026", "< 5");
    assertThat(_get(Anchor.class, spec -> spec.withId("comparison-export-csv")).getText()).isEqualTo("Baixar CSV");
    assertThat(_get(Anchor.class, spec -> spec.withId("comparison-export-xlsx")).getHref()).isNotBlank();
  }

  @Test
  @SuppressWarnings("unchecked")
  void decimals_have_a_comma_on_screen_and_in_the_csv_and_a_single_month_draws_no_lone_dot() {
    String code = towns.code + "d"; // an amount, shown as recorded: quartiles with decimals
    jdbc.sql("INSERT INTO platform.indicator_definition (code, module, kind, minimum_count) VALUES (?, 'testcmp', 'AMOUNT', 5)")
        .param(code).update();
    List<Integer> values = List.of(10, 11, 12, 14, 20, 30, 41);
    for (int i = 0; i < values.size(); i++) {
      jdbc.sql("INSERT INTO platform.indicator_value (code, tenant_code, value, updated_at) VALUES (?, ?, ?, now())")
          .params(code, ComparisonTowns.TOWNS.get(i).code(), values.get(i)).update();
      jdbc.sql("INSERT INTO platform.indicator_history (code, tenant_code, period, value) VALUES (?, ?, date '2026-11-01', ?)")
          .params(code, ComparisonTowns.TOWNS.get(i).code(), values.get(i)).update();
    }
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(ComparisonView.class);
    _setValue(_get(Select.class, spec -> spec.withId("comparison-indicator")), registry.find(code).orElseThrow());
    ComboBox<Object> municipality = _get(ComboBox.class, spec -> spec.withId("comparison-municipality"));
    _setValue(municipality, municipality.getListDataView().getItems()
        .filter(p -> p.toString().contains("3118205")).findFirst().orElseThrow()); // Conquista

    // 10, 11, 12, 14, 20, 30, 41: first quartile 11,5 and third 25 — Portuguese decimals, never "11.5"
    String distribution = _get(Paragraph.class, spec -> spec.withId("comparison-distribution")).getText();
    assertThat(distribution).contains("1º quartil 11,5").doesNotContainPattern("\\d\\.\\d");
    String csv = new String(export.csv(_get(ComparisonView.class).screen(), Locale.of("pt", "BR")), StandardCharsets.UTF_8);
    assertThat(csv).contains("1º quartil;11,5;11,5").doesNotContainPattern(";\\d+\\.\\d");

    // the fixture has one month of history: a note instead of a chart that would be a single dot
    assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("comparison-chart"))).isEmpty(); // hidden
    assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-series-note")).getText())
        .startsWith("Só há um mês de dados");
    // every indicator once in the selector, by its label
    Select<IndicatorDefinition> indicators = _get(Select.class, spec -> spec.withId("comparison-indicator"));
    assertThat(indicators.getListDataView().getItems().map(indicators.getItemLabelGenerator()::apply).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_municipal_manager_sees_charts_of_its_standing_with_their_summary_and_every_indicator_once_a_link_away() {
    loginAs(Role.MUNICIPAL_MANAGER, town());
    UI.getCurrent().navigate(TenantHomeView.class);

    Section panel = _get(Section.class, spec -> spec.withId("standing-panel"));
    List<BarChart> charts = _find(panel, BarChart.class);
    assertThat(charts).hasSizeBetween(1, StandingPanel.CHARTS);
    assertThat(charts).allSatisfy(chart -> {
      assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
      assertThat(chart.getElement().getAttribute("aria-label")).startsWith("Gráfico de barras: ")
          .endsWith("estão na tabela de resumo abaixo dos gráficos.");
    });
    List<List<String>> summary = rows(_get(panel, Grid.class, spec -> spec.withId("standing-summary")));
    assertThat(summary).hasSameSizeAs(charts); // the charts' text alternative: one line per chart
    Anchor all = _get(panel, Anchor.class, spec -> spec.withId("standing-all"));
    assertThat(all.getHref()).isEqualTo("municipio/indicadores");
    assertThat(all.getText()).matches("Ver todos os \\d+ indicadores em tabela");

    UI.getCurrent().navigate(StandingView.class);
    List<List<String>> lines = rows(_get(Grid.class, spec -> spec.withId("standing-grid")));
    assertThat(lines).extracting(List::getFirst).doesNotHaveDuplicates();
    assertThat(all.getText()).contains(String.valueOf(lines.size()));
    // Belo Horizonte's own 2 (its true count: it is its own) against the state's protected total: the sum
    // of the perturbed contributions of the towns and itself (true 2+7+9+1+3+12+6+2 = 42), as every screen shows it
    long state = comparisons.protectedIndicator(towns.code).group("state:MG").value().longValueExact();
    assertThat(state).isBetween(42L - 8 * 4, 42L + 8 * 4);
    assertThat(lines).filteredOn(l -> l.getFirst().equals(towns.code)).singleElement()
        .satisfies(l -> assertThat(l).startsWith(towns.code, "2").endsWith(String.valueOf(state)));
  }

  @Test
  void a_small_town_manager_never_sees_a_protected_figure_only_the_words() {
    loginAs(Role.MUNICIPAL_MANAGER, TenantId.of("3118502")); // Consolação: 1, under k
    UI.getCurrent().navigate(StandingView.class);

    @SuppressWarnings("unchecked")
    List<List<String>> lines = rows(_get(Grid.class, spec -> spec.withId("standing-grid")));
    List<String> mine = lines.stream().filter(l -> l.getFirst().equals(towns.code)).findFirst().orElseThrow();
    assertThat(mine.get(1)).isEqualTo("1"); // its own figure is its own
    // the groups are either shown in full (at least k) or said in words, never a small number
    assertThat(mine.subList(2, 5)).allSatisfy(figure -> assertThat(figure)
        .matches("< 5|protegido|—|\\d{2,}.*|[5-9]"));
  }

  @Test
  void a_councillor_sees_no_comparison_panel_on_the_home_page() {
    loginAs(Role.COUNCIL_MEMBER, town());
    UI.getCurrent().navigate(TenantHomeView.class);

    assertThat(_find(Section.class, spec -> spec.withId("standing-panel"))).isEmpty();
  }

  private static List<List<String>> rows(Grid<?> grid) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < GridKt._size(grid); i++) {
      rows.add(GridKt._getFormattedRow(grid, i));
    }
    return rows;
  }
}
