package br.org.teia.structure.territory;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.testsupport.FormUi;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The territory form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class TerritoryEditorTest {

  private TerritoryEditor form;
  private final AtomicReference<TerritoryForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new TerritoryEditor();
    form.edit(TerritoryEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void saving_a_filled_form_carries_the_record() {
    form.name.setValue("Regional Norte");
    form.families.setValue(1200);

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new TerritoryForm("Regional Norte", null, 1200, null));
  }

  @Test
  void negative_families_are_refused_under_the_field_in_portuguese() {
    form.name.setValue("Regional Norte");
    form.families.setValue(-1);

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.families.isInvalid()).isTrue();
    assertThat(form.families.getErrorMessage()).isEqualTo(form.getTranslation("structure.territory.families.range"))
        .doesNotStartWith("{");
  }

  @Test
  void a_duplicate_name_is_shown_under_the_name() {
    form.showRefusal(new DomainRefusal("name", "structure.territory.duplicate", "Regional Norte"));

    assertThat(form.name.isInvalid()).isTrue();
    assertThat(form.name.getErrorMessage()).contains("Regional Norte");
  }
}
