package br.org.teia.console.member;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A member's record on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class MemberEditorTest {

  private final MemberForm recorded = new MemberForm(null, LocalDate.of(2024, 3, 1), "Lúcia Campos", null, null,
      null, null, null);
  private final AtomicReference<MemberForm> saved = new AtomicReference<>();
  private MemberEditor form;

  @BeforeEach
  void open() {
    form = new MemberEditor(Locale.of("pt", "BR"));
    form.edit(recorded);
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void the_size_class_follows_the_population_as_it_is_typed() {
    assertThat(form.sizeClass.getText()).isEqualTo("Porte: População não informada");

    form.population.setValue(1081);

    assertThat(form.sizeClass.getText()).isEqualTo("Porte: Pequeno porte I");
  }

  @Test
  void a_phone_written_with_spaces_is_accepted_and_kept_without_them() {
    form.managerPhone.setValue("(31) 3277-4000");
    form.contactEmail.setValue("contato@prefeitura.mg.gov.br");

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new MemberForm(null, LocalDate.of(2024, 3, 1), "Lúcia Campos", null,
        "(31)3277-4000", null, "contato@prefeitura.mg.gov.br", null));
  }

  @Test
  void a_wrong_email_and_phone_and_a_control_character_are_shown_under_their_fields_in_portuguese() {
    form.managerEmail.setValue("lucia-arroba-araponga");
    form.managerPhone.setValue("12");
    form.contactName.setValue("Rui\u0000");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.managerEmail.getErrorMessage())
        .isEqualTo("E-mail inválido: confira o endereço (por exemplo nome@prefeitura.mg.gov.br).");
    assertThat(form.managerPhone.getErrorMessage())
        .isEqualTo("Telefone inválido: informe DDD e número, por exemplo (31) 3277-4000.");
    assertThat(form.contactName.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }
}
