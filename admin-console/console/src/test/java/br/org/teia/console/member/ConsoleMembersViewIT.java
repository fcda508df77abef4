package br.org.teia.console.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.member.MemberSummary;
import br.org.teia.console.member.MembersView;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.security.Role;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** The member catalogue as association staff use it, and refused to municipal people. */
class ConsoleMembersViewIT extends UiTestBase {

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

  @Autowired TenantOnboarding onboarding;
  @Autowired TenantCatalog catalog;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void staff_find_a_member_record_its_population_and_see_its_size_class() {
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(MembersView.class);
    Grid<MemberSummary> grid = _get(Grid.class, spec -> spec.withId("member-grid"));
    assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(5); // the municipalities onboarded above
    assertThat(_find(Anchor.class, spec -> spec.withId("member-export-xlsx"))).hasSize(1);

    _setValue(_get(TextField.class, spec -> spec.withId("member-search")), "cedro do abaete");
    assertThat(GridKt._size(grid)).isEqualTo(1);
    GridKt._clickItem(grid, 0);
    _setValue(_get(IntegerField.class, spec -> spec.withId("member-population")), 1081);
    _setValue(_get(TextField.class, spec -> spec.withId("member-manager-name")), "Paulo Mendes");
    _click(_get(Button.class, spec -> spec.withId("member-save")));

    assertThat(GridKt._get(grid, 0).sizeClass()).isEqualTo(SizeClass.PEQUENO_I);
    assertThat(GridKt._get(grid, 0).managerName()).isEqualTo("Paulo Mendes");
    _setValue(_get(Select.class, spec -> spec.withId("member-size-filter")), SizeClass.METROPOLE);
    assertThat(GridKt._size(grid)).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_list_shows_the_schema_as_changes_applied_and_the_managing_bodys_population_where_none_is_recorded() {
    String betim = "3106705";
    jdbc.sql("DELETE FROM platform.member_profile WHERE ibge_code = ?").param(betim).update();
    jdbc.sql("""
        INSERT INTO platform.indicator_definition (code, module, kind, minimum_count)
        VALUES ('structure.managing_body.population', 'structure', 'AMOUNT', 5) ON CONFLICT (code) DO NOTHING""").update();
    jdbc.sql("""
        INSERT INTO platform.indicator_value (code, tenant_code, value, updated_at)
        VALUES ('structure.managing_body.population', ?, 411830, now())
        ON CONFLICT (code, tenant_code) DO UPDATE SET value = excluded.value""").param(betim).update();
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(MembersView.class);
    Grid<MemberSummary> grid = _get(Grid.class, spec -> spec.withId("member-grid"));

    _setValue(_get(TextField.class, spec -> spec.withId("member-search")), "betim");
    List<String> row = GridKt._getFormattedRow(grid, 0);
    assertThat(row).contains("411.830 (órgão gestor)") // the managing body's figure, said to be its
        .anySatisfy(cell -> assertThat(cell).matches("\\d+ alterações aplicadas"))
        .noneSatisfy(cell -> assertThat(cell).contains(":")); // not "21:council-0009"
    assertThat(GridKt._get(grid, 0).sizeClass()).isEqualTo(SizeClass.GRANDE);
  }

  @Test
  void a_wrong_email_and_phone_are_shown_under_their_fields_in_portuguese() {
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(MembersView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("member-search")), "3103702");
    @SuppressWarnings("unchecked")
    Grid<MemberSummary> grid = _get(Grid.class, spec -> spec.withId("member-grid"));
    GridKt._clickItem(grid, 0);

    _setValue(_get(EmailField.class, spec -> spec.withId("member-manager-email")), "lucia-arroba-araponga");
    _setValue(_get(TextField.class, spec -> spec.withId("member-manager-phone")), "12");
    _click(_get(Button.class, spec -> spec.withId("member-save")));

    EmailField email = _get(EmailField.class, spec -> spec.withId("member-manager-email"));
    assertThat(email.isInvalid()).isTrue();
    assertThat(email.getErrorMessage()).isEqualTo("E-mail inválido: confira o endereço (por exemplo nome@prefeitura.mg.gov.br).");
    assertThat(_get(TextField.class, spec -> spec.withId("member-manager-phone")).getErrorMessage())
        .isEqualTo("Telefone inválido: informe DDD e número, por exemplo (31) 3277-4000.");
  }

  @Test
  void a_population_file_with_a_bad_line_is_refused_with_the_line_number_and_nothing_saved() {
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(MembersView.class);
    _click(_get(Button.class, spec -> spec.withId("member-population-import")));

    UploadKt._upload(_get(Upload.class, spec -> spec.withId("population-upload")), "populacao.csv",
        "3166600;833\n3166600;abc\n".getBytes(StandardCharsets.UTF_8));

    VerticalLayout errors = _get(VerticalLayout.class, spec -> spec.withId("population-import-errors"));
    assertThat(_find(errors, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
        "Nada foi gravado: 1 linha tem problema. Corrija e tente de novo.",
        "Linha 2: O código 3166600 já apareceu na linha 1: cada município pode aparecer uma vez só.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_admin_suspends_a_member_from_its_record_and_reactivates_it() {
    onboarding.onboard(java.util.List.of("3171204")); // Vespasiano, a member of this test only
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(MembersView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("member-search")), "3171204");
    Grid<MemberSummary> grid = _get(Grid.class, spec -> spec.withId("member-grid"));

    GridKt._clickItem(grid, 0);
    _click(_get(Button.class, spec -> spec.withId("member-suspend")));
    assertThat(GridKt._get(grid, 0).status()).isEqualTo(TenantStatus.SUSPENDED);
    assertThat(catalog.find(TenantId.of("3171204")).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);

    GridKt._clickItem(grid, 0);
    assertThat(_find(Button.class, spec -> spec.withId("member-suspend"))).isEmpty();
    _click(_get(Button.class, spec -> spec.withId("member-reactivate")));
    assertThat(GridKt._get(grid, 0).status()).isEqualTo(TenantStatus.ACTIVE);
  }

  /** Population import and suspension are the admin's (docs/roles.md): staff see neither. */
  @Test
  @SuppressWarnings("unchecked")
  void staff_see_no_population_import_and_no_suspension_in_a_members_record() {
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(MembersView.class);
    assertThat(_find(Button.class, spec -> spec.withId("member-population-import")).stream().filter(Button::isVisible))
        .isEmpty();

    _setValue(_get(TextField.class, spec -> spec.withId("member-search")), "3106705");
    GridKt._clickItem(_get(Grid.class, spec -> spec.withId("member-grid")), 0);

    assertThat(_find(Button.class, spec -> spec.withId("member-save"))).hasSize(1);
    assertThat(_find(Button.class, spec -> spec.withId("member-suspend"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withId("member-reactivate"))).isEmpty();
  }

  @Test
  void municipal_people_cannot_open_the_catalogue() {
    loginAs(Role.MUNICIPAL_MANAGER, town());
    UI.getCurrent().navigate(MembersView.class);

    assertThat(_find(MembersView.class)).isEmpty();
    assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Página não encontrada");
  }
}
