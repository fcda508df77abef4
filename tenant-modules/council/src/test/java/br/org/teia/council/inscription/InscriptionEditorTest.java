package br.org.teia.council.inscription;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The request for inscription on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class InscriptionEditorTest {

  private final LocalDate today = LocalDate.of(2026, 3, 10);
  private InscriptionEditor form;
  private final AtomicReference<InscriptionForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new InscriptionEditor(today);
    form.edit(InscriptionEditor.blank(today));
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void an_entity_received_today_is_requested_with_its_cnpj_as_typed() {
    form.cnpj.setValue("11.222.333/0001-81");
    form.entityName.setValue("Associação Mãos que Acolhem");
    form.services.setValue("SCFV para 150 crianças");

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new InscriptionForm(InscriptionKind.ENTITY, "11.222.333/0001-81",
        "Associação Mãos que Acolhem", "SCFV para 150 crianças", today));
  }

  @Test
  void what_is_missing_is_said_under_each_field_in_portuguese() {
    form.requestedOn.clear();

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.cnpj.getErrorMessage()).isEqualTo("Informe o CNPJ da entidade.");
    assertThat(form.entityName.getErrorMessage()).isEqualTo("Informe o nome da entidade.");
    assertThat(form.requestedOn.getErrorMessage()).isEqualTo("Informe a data.");
  }

  @Test
  void a_wrong_cnpj_refused_by_the_service_stands_under_the_cnpj() {
    form.showRefusal(new DomainRefusal("cnpj", "council.inscription.cnpj.invalid"));

    assertThat(form.cnpj.isInvalid()).isTrue();
    assertThat(form.cnpj.getErrorMessage()).isEqualTo("CNPJ inválido: confira os 14 dígitos.");
  }

  @Test
  void a_control_character_in_the_services_is_refused_under_them() {
    form.cnpj.setValue("11.222.333/0001-81");
    form.entityName.setValue("Associação");
    form.services.setValue("SCFV\u0000");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.services.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }
}
