package br.org.teia.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.structure.unit.ProtectionLevel;
import br.org.teia.structure.unit.TypifiedServiceSummary;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.testsupport.FormUi;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The entity form on its own, its services sub-list included: no Spring, no database. */
@ExtendWith(FormUi.class)
class SocialEntityEditorTest {

  private static final TypifiedServiceSummary SCFV = new TypifiedServiceSummary("SCFV", "SCFV",
      ProtectionLevel.BASIC, 3, Set.of(UnitType.CRAS));
  private SocialEntityEditor form;
  private final AtomicReference<SocialEntityForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new SocialEntityEditor(List.of(SCFV), List.of(), true);
    form.edit(SocialEntityEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void saving_carries_the_entity_with_its_services_and_the_cnpj_as_digits() {
    form.cnpj.setValue("11.222.333/0001-81");
    form.legalName.setValue("Associação Vida Nova");
    form.actions.setValue(Set.of(ActionType.values()[0]));
    form.services.serviceChoice.setValue(SCFV);
    form.services.capacity.setValue(75);
    form.services.addService.click();

    form.saveButton().click();

    assertThat(saved.get().cnpj()).isEqualTo("11222333000181");
    assertThat(saved.get().services()).containsExactly(new ServiceOffer("SCFV", 75));
  }

  @Test
  void a_service_without_people_served_is_refused_under_its_capacity_and_not_added() {
    form.services.serviceChoice.setValue(SCFV);
    form.services.capacity.setValue(0);
    form.services.addService.click();

    assertThat(form.services.capacity.isInvalid()).isTrue();
    assertThat(form.services.capacity.getErrorMessage())
        .isEqualTo("Informe quantas pessoas ou famílias o serviço atende: um número de 1 a 1.000.000.");
    assertThat(form.services.getValue()).isEmpty();
  }

  @Test
  void no_type_of_action_is_shown_under_the_field_in_portuguese() {
    form.cnpj.setValue("11.222.333/0001-81");
    form.legalName.setValue("Associação Vida Nova");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.actions.isInvalid()).isTrue();
    assertThat(form.actions.getErrorMessage()).isEqualTo(form.getTranslation("structure.entity.actions.required"));
  }
}
