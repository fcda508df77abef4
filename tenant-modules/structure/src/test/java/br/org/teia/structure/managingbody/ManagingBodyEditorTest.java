package br.org.teia.structure.managingbody;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.FormUi;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The managing body form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class ManagingBodyEditorTest {

  private ManagingBodyEditor form;
  private final AtomicReference<ManagingBodyForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new ManagingBodyEditor();
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void a_cnpj_written_with_punctuation_is_saved_as_digits_and_the_size_class_follows_the_population() {
    form.secretariat.setValue("Secretaria de Assistência Social");
    form.cnpj.setValue("11.222.333/0001-81");
    form.manager.setValue("Maria");
    form.population.setValue(30_000);

    form.saveButton().click();

    assertThat(saved.get().fundCnpj()).isEqualTo("11222333000181");
    assertThat(saved.get().population()).isEqualTo(30_000);
    assertThat(form.sizeClass.getValue()).isNotBlank();
  }

  @Test
  void an_invalid_cnpj_is_shown_under_the_field_in_portuguese() {
    form.secretariat.setValue("Secretaria");
    form.cnpj.setValue("11.222.333/0001-00");
    form.manager.setValue("Maria");
    form.population.setValue(30_000);

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.cnpj.isInvalid()).isTrue();
    assertThat(form.cnpj.getErrorMessage()).isEqualTo(form.getTranslation("structure.managing-body.cnpj.invalid"))
        .doesNotStartWith("{");
  }

  @Test
  void a_recorded_cnpj_is_shown_as_people_write_it() {
    form.edit(new ManagingBodyForm("Secretaria", "11222333000181", "Maria", null, null, null, 30_000));

    assertThat(form.cnpj.getValue()).isEqualTo("11.222.333/0001-81");
  }
}
