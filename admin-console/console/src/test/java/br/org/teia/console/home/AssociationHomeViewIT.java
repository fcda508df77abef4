package br.org.teia.console.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.chart.BarChart;
import br.org.teia.kernel.security.Role;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The association's home as its staff read it: cards for members, onboarding and coverage, each a
 * link; the members by status as a chart with its table; the latest onboardings. The coverage
 * follows the rollup: one more municipality reporting its CMAS makes one more on the card.
 */
class AssociationHomeViewIT extends UiTestBase {

  @Autowired JdbcClient jdbc;

  @Test
  void staff_see_members_onboarding_and_coverage_cards_and_a_chart_with_its_table_the_admin_also_recent_onboardings() {
    onboarded("3170206"); // Uberlândia and Uberaba, of this test: two members at least
    onboarded("3170107");
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(AssociationHomeView.class);

    assertThat(_get(H2.class).getText()).isEqualTo("Painel da associação");
    assertThat(_find(H3.class)).extracting(H3::getText)
        .containsExactly("Municípios por situação"); // onboarding is the admin's (console:admin)
    assertThat(text("home-members-detail")).matches("[\\d.]+ municípios no Teia, [\\d.]+ ativos\\.");
    assertThat(text("home-onboarding-detail")).matches("[\\d.]+ implantados, .* em implantação, .* com falha\\.");
    assertThat(_get(Anchor.class, spec -> spec.withId("home-onboarding")).getHref()).isEqualTo("associacao/membros");
    assertThat(text("home-councils-detail"))
        .matches("(Nenhum|[\\d.]+) de [\\d.]+ municípios ativos \\(\\d+%\\) registr(ou|aram) seu conselho\\.");
    assertThat(_get(Anchor.class, spec -> spec.withId("home-teams")).getHref()).isEqualTo("associacao/comparacao");

    BarChart chart = _get(BarChart.class, spec -> spec.withId("home-status-chart"));
    assertThat(chart.getElement().getAttribute("aria-label")).endsWith("Os mesmos números estão na tabela abaixo.");
    Grid<?> table = _get(Grid.class, spec -> spec.withId("home-status-table"));
    assertThat(GridKt._getFormattedRow(table, 1)).first().isEqualTo("Ativo");
    long members = Long.parseLong(text("home-members-count").replace(".", ""));
    long sum = 0;
    for (int i = 0; i < GridKt._size(table); i++) {
      sum += Long.parseLong(GridKt._getFormattedRow(table, i).get(1).replace(".", ""));
    }
    assertThat(sum).isEqualTo(members); // the chart's table adds up to the members card
    assertThat(_find(Grid.class, spec -> spec.withId("home-recent"))).isEmpty();

    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(AssociationHomeView.class);
    assertThat(_find(H3.class)).extracting(H3::getText)
        .containsExactly("Municípios por situação", "Atividade recente: implantações");
    assertThat(_get(Anchor.class, spec -> spec.withId("home-onboarding")).getHref()).isEqualTo("associacao/implantacao");
    assertThat(_get(Grid.class, spec -> spec.withId("home-recent"))).isNotNull();
  }

  @Test
  void one_more_municipality_reporting_its_cmas_is_one_more_on_the_coverage_card() {
    onboarded("3170107"); // Uberaba, of this test, with no council in the rollup yet
    jdbc.sql("INSERT INTO platform.indicator_definition (code, module, kind, minimum_count) VALUES (?, 'council', 'COUNT', 5)"
        + " ON CONFLICT (code) DO NOTHING").param(MemberSummaryService.COUNCILS).update();
    jdbc.sql("DELETE FROM platform.indicator_value WHERE tenant_code = '3170107' AND code = ?")
        .param(MemberSummaryService.COUNCILS).update();
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(AssociationHomeView.class);
    long before = Long.parseLong(text("home-councils-count").replace(".", ""));

    jdbc.sql("INSERT INTO platform.indicator_value (code, tenant_code, value, updated_at) VALUES (?, '3170107', ?, now())")
        .params(MemberSummaryService.COUNCILS, BigDecimal.ONE).update();
    UI.getCurrent().navigate(br.org.teia.console.member.MembersView.class);
    UI.getCurrent().navigate(AssociationHomeView.class);

    assertThat(Long.parseLong(text("home-councils-count").replace(".", ""))).isEqualTo(before + 1);
  }

  private static String text(String id) {
    List<Span> found = _find(Span.class, spec -> spec.withId(id));
    assertThat(found).hasSize(1);
    return found.getFirst().getText();
  }
}
