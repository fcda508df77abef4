package br.org.teia.fund.registry;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.FormUi;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fund registry form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class FundEditorTest {

  private FundEditor form;
  private final AtomicReference<FundForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new FundEditor();
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void a_cnpj_written_with_punctuation_is_saved_as_digits() {
    fill("11.222.333/0001-81");

    form.saveButton().click();

    assertThat(saved.get().cnpj()).isEqualTo("11222333000181");
    assertThat(saved.get().ordinatorName()).isEqualTo("Maria");
  }

  @Test
  void an_invalid_cnpj_is_shown_under_the_field_in_portuguese() {
    fill("11.222.333/0001-00");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.cnpj.isInvalid()).isTrue();
    assertThat(form.cnpj.getErrorMessage()).isEqualTo("CNPJ inválido: confira os dígitos.");
  }

  @Test
  void a_recorded_cnpj_is_shown_as_people_write_it() {
    form.edit(new FundForm("FMAS", "11222333000181", "Secretaria", "Maria", null, "1/1996", null));

    assertThat(form.cnpj.getValue()).isEqualTo("11.222.333/0001-81");
  }

  private void fill(String cnpj) {
    form.name.setValue("Fundo Municipal de Assistência Social");
    form.cnpj.setValue(cnpj);
    form.managingBody.setValue("Secretaria");
    form.ordinator.setValue("Maria");
    form.lawNumber.setValue("1.234/1996");
  }
}
