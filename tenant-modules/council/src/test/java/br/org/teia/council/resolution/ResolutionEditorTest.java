package br.org.teia.council.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.testsupport.FormUi;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The resolution form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class ResolutionEditorTest {

  private ResolutionEditor form;
  private final AtomicReference<ResolutionForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new ResolutionEditor(List.<DeliberatedItem>of());
    form.edit(ResolutionEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void without_a_deliberated_item_nothing_is_saved_and_the_reason_stands_under_the_item() {
    form.title.setValue("Aprova o plano");
    form.text.setValue("O CMAS resolve...");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.item.getErrorMessage()).isEqualTo(form.getTranslation("council.resolution.item.required"));
  }
}
