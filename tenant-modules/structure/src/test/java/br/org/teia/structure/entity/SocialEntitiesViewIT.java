package br.org.teia.structure.entity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.StructureFixture;
import br.org.teia.structure.unit.TypifiedServiceSummary;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The entities screen in a municipality of the test's own (Lagoa da Prata) with the module fixture's
 * network: three entities inscribed in the CMAS, one refused, one never asked.
 */
@StructureContext
class SocialEntitiesViewIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aTownWithItsEntityNetwork() {
    town = new StructureFixture(context).network(onboarded("3137205"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void staff_registers_an_entity_with_a_service_and_finds_it_by_its_cnpj() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(SocialEntitiesView.class);
    String cnpj = freshCnpj();
    String name = "Associação Vida Nova " + UUID.randomUUID().toString().substring(0, 6);

    _click(_get(Button.class, spec -> spec.withId("entity-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-cnpj")), Cnpj.format(cnpj));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-legal-name")), name);
    _setValue(_get(CheckboxGroup.class, spec -> spec.withId("entity-actions")), Set.of(ActionType.ATENDIMENTO));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-email")), "contato@vidanova.demo");
    addService("SCFV", 75);
    Grid<ServiceOffer> offered = _get(Grid.class, spec -> spec.withId("entity-services"));
    assertThat(GridKt._size(offered)).isEqualTo(1);
    _click(_get(Button.class, spec -> spec.withId("entity-save")));

    _setValue(_get(TextField.class, spec -> spec.withId("entity-search")), Cnpj.format(cnpj));
    Grid<SocialEntitySummary> grid = _get(Grid.class, spec -> spec.withId("entity-grid"));
    assertThat(GridKt._size(grid)).isEqualTo(1);
    SocialEntitySummary saved = GridKt._get(grid, 0);
    assertThat(saved.legalName()).isEqualTo(name);
    assertThat(saved.totalCapacity()).isEqualTo(75);
    assertThat(GridKt._getFormattedRow(grid, 0)).contains(Cnpj.format(cnpj), "Não inscrita");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_list_names_the_services_in_portuguese_never_by_their_codes() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(SocialEntitiesView.class);
    String cnpj = freshCnpj();

    _click(_get(Button.class, spec -> spec.withId("entity-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-cnpj")), Cnpj.format(cnpj));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-legal-name")), "Lar Esperança " + cnpj);
    _setValue(_get(CheckboxGroup.class, spec -> spec.withId("entity-actions")), Set.of(ActionType.ATENDIMENTO));
    addService("SCFV", 1500);
    _click(_get(Button.class, spec -> spec.withId("entity-save")));

    _setValue(_get(TextField.class, spec -> spec.withId("entity-search")), Cnpj.format(cnpj));
    Grid<SocialEntitySummary> grid = _get(Grid.class, spec -> spec.withId("entity-grid"));
    assertThat(GridKt._getFormattedRow(grid, 0))
        .contains("Serviço de Convivência e Fortalecimento de Vínculos (SCFV)", "1.500")
        .doesNotContain("SCFV", "1500");
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_invalid_cnpj_a_bad_email_and_no_type_of_action_are_shown_under_their_fields_in_portuguese() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(SocialEntitiesView.class);
    String cnpj = freshCnpj();

    _click(_get(Button.class, spec -> spec.withId("entity-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-cnpj")),
        cnpj.substring(0, 13) + (char) ('0' + (cnpj.charAt(13) - '0' + 1) % 10));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-legal-name")), "Entidade com erros");
    _setValue(_get(TextField.class, spec -> spec.withId("entity-email")), "contato@semponto");
    _click(_get(Button.class, spec -> spec.withId("entity-save")));

    TextField cnpjField = _get(TextField.class, spec -> spec.withId("entity-cnpj"));
    assertThat(cnpjField.isInvalid()).isTrue();
    assertThat(cnpjField.getErrorMessage()).isEqualTo("CNPJ inválido: confira os dígitos.");
    TextField email = _get(TextField.class, spec -> spec.withId("entity-email"));
    assertThat(email.getErrorMessage()).isEqualTo("Informe um e-mail válido, como contato@entidade.org.br.");
    CheckboxGroup<ActionType> actions = _get(CheckboxGroup.class, spec -> spec.withId("entity-actions"));
    assertThat(actions.isInvalid()).isTrue();
    assertThat(actions.getErrorMessage()).isEqualTo("Marque ao menos um tipo de atuação.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_service_serving_nobody_is_not_added_and_the_capacity_field_says_why() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(SocialEntitiesView.class);

    _click(_get(Button.class, spec -> spec.withId("entity-new")));
    addService("SCFV", 0);

    IntegerField capacity = _get(IntegerField.class, spec -> spec.withId("entity-service-capacity"));
    assertThat(capacity.isInvalid()).isTrue();
    assertThat(capacity.getErrorMessage())
        .isEqualTo("Informe quantas pessoas ou famílias o serviço atende: um número de 1 a 1.000.000.");
    assertThat(GridKt._size((Grid<ServiceOffer>) _get(Grid.class, spec -> spec.withId("entity-services")))).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_cnpj_already_registered_is_refused_under_the_cnpj_field() {
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(SocialEntitiesView.class);
    String taken = StructureFixture.networkCnpj(town, 2);

    _click(_get(Button.class, spec -> spec.withId("entity-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("entity-cnpj")), taken);
    _setValue(_get(TextField.class, spec -> spec.withId("entity-legal-name")), "Cópia");
    _setValue(_get(CheckboxGroup.class, spec -> spec.withId("entity-actions")), Set.of(ActionType.ASSESSORAMENTO));
    _click(_get(Button.class, spec -> spec.withId("entity-save")));

    assertThat(_get(TextField.class, spec -> spec.withId("entity-cnpj")).getErrorMessage())
        .isEqualTo("Já existe uma entidade com o CNPJ " + Cnpj.format(taken) + " neste município.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void council_member_filters_the_inscribed_and_sees_an_entity_read_only_with_its_inscription_history() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(SocialEntitiesView.class);

    assertThat(_find(Button.class, spec -> spec.withId("entity-new"))).isEmpty();
    assertThat(_find(Anchor.class, spec -> spec.withId("entity-export-xlsx"))).hasSize(1);
    _setValue(_get(Select.class, spec -> spec.withId("entity-status-filter")), InscriptionState.INSCRIBED);
    Grid<SocialEntitySummary> grid = _get(Grid.class, spec -> spec.withId("entity-grid"));
    assertThat(GridKt._size(grid)).isEqualTo(3); // the fixture's inscribed entities; the other tests add none
    assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).allSatisfy(
        e -> assertThat(e.cmas().state()).isEqualTo(InscriptionState.INSCRIBED));

    _setValue(_get(TextField.class, spec -> spec.withId("entity-search")), "Luz do Barreiro");
    GridKt._clickItem(grid, 0);

    assertThat(_get(TextField.class, spec -> spec.withId("entity-cnpj")).isReadOnly()).isTrue();
    assertThat(_find(Button.class, spec -> spec.withId("entity-save"))).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withId("entity-inscription-CMAS")).getText())
        .isEqualTo("CMAS: Inscrita (14/05/2024) · Certificado CMAS-2024-0117");
    assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("entity-history")))).isEqualTo(2);
  }

  @SuppressWarnings("unchecked")
  private static void addService(String code, int capacity) {
    ComboBox<TypifiedServiceSummary> choice = _get(ComboBox.class, spec -> spec.withId("entity-service-choice"));
    _setValue(choice, choice.getListDataView().getItems().filter(s -> s.code().equals(code)).findFirst().orElseThrow());
    _setValue(_get(IntegerField.class, spec -> spec.withId("entity-service-capacity")), capacity);
    _click(_get(Button.class, spec -> spec.withId("entity-service-add")));
  }

  private static String freshCnpj() {
    return Cnpj.withCheckDigits(String.format("%08d0001", ThreadLocalRandom.current().nextInt(10_000_000, 98_999_999)))
        .digits();
  }
}
