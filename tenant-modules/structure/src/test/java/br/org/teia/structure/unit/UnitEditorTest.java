package br.org.teia.structure.unit;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.structure.territory.TerritorySummary;
import br.org.teia.testsupport.FormUi;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The unit form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class UnitEditorTest {

  private static final TypifiedServiceSummary PAIF = new TypifiedServiceSummary("PAIF", "PAIF",
      ProtectionLevel.BASIC, 1, Set.of(UnitType.CRAS));
  private static final TypifiedServiceSummary PAEFI = new TypifiedServiceSummary("PAEFI", "PAEFI",
      ProtectionLevel.SPECIAL_MEDIUM, 2, Set.of(UnitType.CREAS));
  private final TerritorySummary north = new TerritorySummary(UUID.randomUUID(), "Norte", null, null, null, 0);

  private UnitEditor form;
  private final AtomicReference<UnitForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new UnitEditor(List.of(PAIF, PAEFI), List.of(north), List.of());
    form.edit(UnitEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void saving_a_filled_form_carries_the_record() {
    form.type.setValue(UnitType.CRAS);
    form.name.setValue("  CRAS Norte ");
    form.territory.setValue(north);
    form.capacity.setValue(5000);
    form.services.setValue(Set.of(PAIF));

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new UnitForm(UnitType.CRAS, "CRAS Norte", null, north.id(), null,
        UnitStatus.ACTIVE, 5000, null, Set.of("PAIF")));
  }

  @Test
  void a_creas_is_offered_only_what_the_tipificacao_allows() {
    form.type.setValue(UnitType.CREAS);

    assertThat(form.services.getListDataView().getItems()).containsExactly(PAEFI);
  }

  @Test
  void an_empty_name_is_shown_under_the_field_in_portuguese_and_nothing_is_saved() {
    form.type.setValue(UnitType.CRAS);

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.name.isInvalid()).isTrue();
    assertThat(form.name.getErrorMessage()).isEqualTo("Informe o nome da unidade.");
  }

  @Test
  void a_refusal_naming_a_field_is_shown_under_it() {
    form.showRefusal(new DomainRefusal("parentCrasId", "structure.unit.mobile-team.cras-required"));

    assertThat(form.parent.isInvalid()).isTrue();
    assertThat(form.parent.getErrorMessage())
        .isEqualTo("Uma equipe volante deve estar vinculada a um CRAS: escolha o CRAS de referência.");
  }

  @Test
  void an_existing_unit_is_shown_with_its_services() {
    form.edit(new UnitForm(UnitType.CRAS, "CRAS Sul", "Rua A", north.id(), null, UnitStatus.ACTIVE, 10, null,
        Set.of("PAIF")));

    assertThat(form.name.getValue()).isEqualTo("CRAS Sul");
    assertThat(form.territory.getValue()).isEqualTo(north);
    assertThat(form.services.getValue()).containsExactly(PAIF);
  }
}
