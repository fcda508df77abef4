package br.org.teia.council.conference;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.composition.Side;
import br.org.teia.testsupport.FormUi;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organising committee's form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class CommitteeMemberEditorTest {

  private CommitteeMemberEditor form;
  private final AtomicReference<CommitteeMemberForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new CommitteeMemberEditor();
    form.edit(CommitteeMemberEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void a_coordinator_from_civil_society_is_saved_with_a_blank_organisation_as_none() {
    form.name.setValue("Helena Prado");
    form.side.setValue(Side.CIVIL_SOCIETY);
    form.organisation.setValue("  ");
    form.coordinator.setValue(true);

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new CommitteeMemberForm("Helena Prado", Side.CIVIL_SOCIETY, null, true));
  }

  @Test
  void no_name_nor_side_is_refused_under_each_in_portuguese() {
    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.name.getErrorMessage()).isEqualTo("Informe o nome.");
    assertThat(form.side.getErrorMessage()).isEqualTo("Informe se representa o governo ou a sociedade civil.");
  }

  @Test
  void a_null_character_in_the_organisation_is_refused_under_it() {
    form.name.setValue("Helena Prado");
    form.side.setValue(Side.GOVERNMENT);
    form.organisation.setValue("Secretaria\u0000");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.organisation.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }
}
