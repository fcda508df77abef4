package br.org.teia.structure.workforce;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.suas.Cpf;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitsView;
import br.org.teia.structure.workforce.EducationLevel;
import br.org.teia.structure.workforce.Profession;
import br.org.teia.structure.workforce.WorkerSummary;
import br.org.teia.structure.workforce.WorkersView;
import br.org.teia.testsupport.UiTestBase;
import br.org.teia.testsupport.WithDemoData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WithDemoData
class WorkersViewIT extends UiTestBase {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Autowired JdbcClient jdbc;

  @Test
  void staff_adds_a_worker_to_a_unit_and_finds_her_with_the_cpf_masked() {
    login("tecnico@bh.demo");
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
    login("gestora@bh.demo");
    UUID manager = accounts.findByUsername("gestora@bh.demo").orElseThrow().id();
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
    login("tecnico@bh.demo");
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
    login("tecnico@bh.demo");
    UI.getCurrent().navigate(WorkersView.class);
    ComboBox<UnitSummary> filter = _get(ComboBox.class, spec -> spec.withId("worker-unit-filter"));

    _setValue(filter, unitNamed(filter, "CRAS Vila Fátima"));

    Grid<WorkerSummary> grid = grid();
    assertThat(GridKt._size(grid)).isEqualTo(7); // the demo team
    assertThat(GridKt._get(grid, 0).unitName()).isEqualTo("CRAS Vila Fátima");
  }

  @Test
  void council_member_sees_workers_with_masked_cpfs_but_cannot_add_or_open_one() {
    login("conselheira@bh.demo");
    UI.getCurrent().navigate(WorkersView.class);

    assertThat(_find(Button.class, spec -> spec.withId("worker-new"))).isEmpty();
    assertThat(_find(Anchor.class, spec -> spec.withId("worker-export-csv"))).hasSize(1);
    Grid<WorkerSummary> grid = grid();
    assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(40); // Belo Horizonte's demo workers
    assertThat(GridKt._get(grid, 0).maskedCpf()).matches("\\*\\*\\*\\.\\d{3}\\.\\d{3}-\\*\\*");
    GridKt._clickItem(grid, 0, 0, false, false, false, false);
    assertThat(_find(Dialog.class)).isEmpty();
  }

  @Test
  void the_units_grid_shows_each_reference_team_as_complete_or_what_is_missing() {
    login("conselheira@bh.demo");
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
}
