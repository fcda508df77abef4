package br.org.teia.structure.workforce;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.StructureFixture;
import br.org.teia.structure.StructureFixture.Member;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitsView;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import br.org.teia.kernel.ui.DrawerMenu;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workers screen in a municipality of the test's own (João Monlevade): three units with the
 * module fixture's teams (one complete CRAS, one incomplete, a Centro POP whose team no rule
 * checks) and a CRAS without a team, where the tests add people.
 */
@StructureContext
class WorkersViewIT extends UiTestBase {

  /** The workers of the fixture's teams: 7 + 6 + 4. */
  private static final int FIXTURE_WORKERS = 17;
  private static final AtomicInteger NEXT = new AtomicInteger();

  @Autowired JdbcClient jdbc;
  private TenantId town;

  @BeforeEach
  void aTownWithItsReferenceTeams() {
    town = onboarded("3136207");
    StructureFixture fixture = new StructureFixture(context);
    fixture.unit(town, UnitType.CRAS, "CRAS Vila Fátima", 3500, null, Set.of("PAIF"),
        Member.coordinator(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.ASSISTENTE_SOCIAL),
        Member.of(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.PSICOLOGO), Member.of(Profession.ORIENTADOR_SOCIAL),
        Member.of(Profession.ORIENTADOR_SOCIAL), Member.of(Profession.AUXILIAR_ADMINISTRATIVO));
    fixture.unit(town, UnitType.CRAS, "CRAS Venda Nova", 5000, null, Set.of("PAIF"),
        new Member(Profession.PSICOLOGO, 40, EmploymentBond.COMISSIONADO, true), Member.of(Profession.ASSISTENTE_SOCIAL),
        Member.of(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.ORIENTADOR_SOCIAL, EmploymentBond.CONTRATADO),
        Member.of(Profession.ORIENTADOR_SOCIAL, EmploymentBond.CONTRATADO), Member.of(Profession.AUXILIAR_ADMINISTRATIVO));
    fixture.unit(town, UnitType.CENTRO_POP, "Centro POP Centro-Sul", 200, null, Set.of("POP_RUA"),
        Member.coordinator(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.PSICOLOGO),
        Member.of(Profession.ORIENTADOR_SOCIAL, EmploymentBond.TERCEIRIZADO),
        Member.of(Profession.APOIO_OPERACIONAL, EmploymentBond.TERCEIRIZADO));
    fixture.unit(town, UnitType.CRAS, "CRAS Jardim Felicidade", 5000, null, Set.of("PAIF"));
  }

  @Test
  void staff_adds_a_worker_to_a_unit_and_finds_her_with_the_cpf_masked() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(WorkersView.class);
    String name = "Lívia Campos Araújo " + UUID.randomUUID().toString().substring(0, 6);
    String cpf = cpf();

    addWorker(name, Cpf.format(cpf), Profession.PSICOLOGO, "CRAS Jardim Felicidade");

    _setValue(_get(TextField.class, spec -> spec.withId("worker-search")), name);
    Grid<WorkerSummary> grid = grid();
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._get(grid, 0).maskedCpf()).isEqualTo(Cpf.mask(cpf));
    assertThat(GridKt._get(grid, 0).educationLevel()).isEqualTo(EducationLevel.SUPERIOR); // proposed by the profession
    assertThat(GridKt._getFormattedRow(grid, 0)).contains(Cpf.mask(cpf), "Psicólogo(a)", "CRAS Jardim Felicidade")
        .doesNotContain(Cpf.format(cpf));
  }

  @Test
  void the_whole_cpf_shows_only_on_show_and_each_read_is_audited_with_the_manager() {
    UUID manager = loginAs(Role.MUNICIPAL_MANAGER, town).user().accountId();
    UI.getCurrent().navigate(WorkersView.class);
    String name = "Moacir Queiroz Fontes " + UUID.randomUUID().toString().substring(0, 6);
    String cpf = cpf();
    addWorker(name, cpf, Profession.ASSISTENTE_SOCIAL, "CRAS Jardim Felicidade");
    _setValue(_get(TextField.class, spec -> spec.withId("worker-search")), name);
    WorkerSummary worker = GridKt._get(grid(), 0);

    GridKt._clickItem(grid(), 0, 0, false, false, false, false);
    TextField cpfField = _get(TextField.class, spec -> spec.withId("worker-cpf"));
    assertThat(cpfField.getValue()).isEmpty();
    assertThat(cpfField.getPlaceholder()).isEqualTo(Cpf.mask(cpf));
    _click(_get(Button.class, spec -> spec.withId("worker-cpf-show")));

    assertThat(cpfField.getValue()).isEqualTo(Cpf.format(cpf));
    assertThat(jdbc.sql("""
            SELECT count(*) FROM platform.audit_event WHERE action = 'PERSONAL_DATA_READ'
              AND entity_id = ? AND account_id = ?""")
        .params(worker.id().toString(), manager).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_invalid_cpf_and_too_little_schooling_are_shown_under_their_fields_in_portuguese() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(WorkersView.class);

    _click(_get(Button.class, spec -> spec.withId("worker-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("worker-name")), "Nome Qualquer");
    _setValue(_get(TextField.class, spec -> spec.withId("worker-cpf")), "123.456.789-00");
    _setValue(_get(ComboBox.class, spec -> spec.withId("worker-profession")), Profession.PSICOLOGO);
    _setValue(_get(Select.class, spec -> spec.withId("worker-education")), EducationLevel.MEDIO);
    _click(_get(Button.class, spec -> spec.withId("worker-save")));

    TextField cpf = _get(TextField.class, spec -> spec.withId("worker-cpf"));
    assertThat(cpf.isInvalid()).isTrue();
    assertThat(cpf.getErrorMessage()).isEqualTo("CPF inválido: confira os dígitos.");
    Select<EducationLevel> education = _get(Select.class, spec -> spec.withId("worker-education"));
    assertThat(education.isInvalid()).isTrue();
    assertThat(education.getErrorMessage()).startsWith("A escolaridade não basta para a profissão");
    ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("worker-unit"));
    assertThat(unit.getErrorMessage()).isEqualTo("Escolha a unidade em que a pessoa trabalha.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_unit_filter_shows_one_units_team() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(WorkersView.class);
    ComboBox<UnitSummary> filter = _get(ComboBox.class, spec -> spec.withId("worker-unit-filter"));

    _setValue(filter, unitNamed(filter, "CRAS Vila Fátima"));

    Grid<WorkerSummary> grid = grid();
    assertThat(GridKt._size(grid)).isEqualTo(7); // the fixture's team
    assertThat(GridKt._get(grid, 0).unitName()).isEqualTo("CRAS Vila Fátima");
  }

  /** Who works where is personal data: no "Trabalhadores" in a council member's menu, and the page not found. */
  @Test
  void council_member_has_no_workers_menu_and_the_workers_page_is_not_found() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(UnitsView.class);
    assertThat(_get(DrawerMenu.class).labels())
        .contains("Unidades").doesNotContain("Trabalhadores");

    UI.getCurrent().navigate(WorkersView.class);

    assertThat(_find(WorkersView.class)).isEmpty();
    assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Página não encontrada");
  }

  @Test
  void the_units_grid_shows_each_reference_team_as_complete_or_what_is_missing() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(UnitsView.class);
    @SuppressWarnings("unchecked")
    Grid<UnitSummary> grid = _get(Grid.class, spec -> spec.withId("unit-grid"));

    _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), "CRAS Vila Fátima");
    assertThat(GridKt._getFormatted(grid, 0, "team-check")).isEqualTo("Completa");
    _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), "CRAS Venda Nova");
    assertThat(GridKt._getFormatted(grid, 0, "team-check")).isEqualTo("Incompleta: falta(m) 1 psicólogo(a); "
        + "1 profissional de nível superior que compõe o SUAS; 1 técnico(a) de nível médio");
    _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), "Centro POP Centro-Sul");
    assertThat(GridKt._getFormatted(grid, 0, "team-check")).isEqualTo("Não se aplica");
  }

  @SuppressWarnings("unchecked")
  private void addWorker(String name, String cpf, Profession profession, String unitName) {
    _click(_get(Button.class, spec -> spec.withId("worker-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("worker-name")), name);
    _setValue(_get(TextField.class, spec -> spec.withId("worker-cpf")), cpf);
    _setValue(_get(ComboBox.class, spec -> spec.withId("worker-profession")), profession);
    ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("worker-unit"));
    _setValue(unit, unitNamed(unit, unitName));
    _click(_get(Button.class, spec -> spec.withId("worker-save")));
    assertThat(_find(Dialog.class)).as("the dialog closes on save").isEmpty();
  }

  private static UnitSummary unitNamed(ComboBox<UnitSummary> box, String name) {
    return box.getListDataView().getItems().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Grid<WorkerSummary> grid() {
    return _get(Grid.class, spec -> spec.withId("worker-grid"));
  }

  private static String cpf() {
    return Cpf.withCheckDigits(String.format("6%08d", NEXT.incrementAndGet()));
  }

  @Test
  void long_names_and_units_wrap_with_a_tooltip_instead_of_being_cut_at_1366_px() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(WorkersView.class);

    Grid<?> grid = _get(Grid.class, spec -> spec.withId("worker-grid"));
    assertThat(grid.getThemeNames()).contains("wrap-cell-content");
    for (String key : java.util.List.of("name", "unit")) {
      assertThat(grid.getColumnByKey(key).isAutoWidth()).as(key).isFalse(); // auto width measures only the first rows
      assertThat(grid.getColumnByKey(key).getFlexGrow()).as(key).isGreaterThan(1);
    }
  }
}
